-- Who held which title at which organization, by year: one row per organization, title, year
-- and registry person, with the number of releases of that year that say so. Years come from
-- each release's event date, else its published date. To ask about one title at one body, add
-- for example:  AND o.name LIKE 'Supreme Court%' AND lower(r.title) IN ('chairman', 'chief justice')
SELECT o.name AS organization,
       r.title,
       substr(d.doc_date, 1, 4) AS year,
       p.name AS person,
       COUNT(*) AS releases
FROM person_roles r
JOIN persons p ON p.person_id = r.person_id
JOIN organizations o ON o.organization_id = r.organization_id
JOIN person_role_docs d ON d.person_id = r.person_id AND d.role_ordinal = r.ordinal
WHERE d.doc_date IS NOT NULL
GROUP BY o.name, r.title, substr(d.doc_date, 1, 4), p.name
ORDER BY o.name, r.title, year, p.name
