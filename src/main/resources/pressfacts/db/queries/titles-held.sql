-- Who held which title where: each person, title and organization, with the number of
-- releases that say so. Names are the fullest form each release gives (entities.name).
SELECT p.name AS person,
       r.title,
       o.name AS organization,
       COUNT(DISTINCT r.doc_id) AS releases
FROM roles r
JOIN entities p ON p.doc_id = r.doc_id AND p.entity_id = r.person_id
LEFT JOIN entities o ON o.doc_id = r.doc_id AND o.entity_id = r.organization_id
GROUP BY p.name, r.title, o.name
ORDER BY p.name, r.title, o.name IS NULL, o.name
