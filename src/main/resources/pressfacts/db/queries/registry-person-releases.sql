-- Every release that mentions a person, under any spelling, in date order: the registry person
-- whose name or alias contains the text given in the WHERE clause, and the name each release
-- writes (from entities, when the records are loaded in the same database).
SELECT p.person_id, p.name, m.doc_date, m.doc_id, e.name AS written
FROM persons p
JOIN person_mentions m ON m.person_id = p.person_id
LEFT JOIN entities e ON e.doc_id = m.doc_id AND e.entity_id = m.entity_id
WHERE p.person_id IN (SELECT person_id FROM persons WHERE name LIKE '%Rzayev%'
                      UNION SELECT person_id FROM person_aliases WHERE alias LIKE '%Rzayev%')
ORDER BY p.person_id, m.doc_date IS NULL, m.doc_date, m.doc_id
