-- Releases per event type and month of publication (documents without a publication date
-- come last, under a null month).
SELECT d.published_month AS month,
       d.event_type,
       COUNT(*) AS releases
FROM documents d
WHERE d.event_type IS NOT NULL
GROUP BY d.published_month, d.event_type
ORDER BY d.published_month IS NULL, d.published_month, d.event_type
