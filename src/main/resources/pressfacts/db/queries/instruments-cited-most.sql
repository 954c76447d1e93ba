-- Which instruments are cited most: citations per instrument (kind, title, jurisdiction),
-- and in how many releases. An untitled decree or order has a null title.
SELECT c.kind,
       c.title,
       c.jurisdiction,
       COUNT(*) AS citations,
       COUNT(DISTINCT c.doc_id) AS releases
FROM citations c
GROUP BY c.kind, c.title, c.jurisdiction
ORDER BY citations DESC, releases DESC, c.kind, c.title IS NULL, c.title, c.jurisdiction IS NULL, c.jurisdiction
LIMIT 20
