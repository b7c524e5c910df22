// Title: Who denied what
// Parameters: $limit (maximum rows, default 100)
// Example: khabar query denials --param limit=20
MATCH (who)-[:DENIED]->(s:Statement)
OPTIONAL MATCH (s)-[:ABOUT]->(about)
WITH who, s, collect(DISTINCT about.name) AS about
RETURN who.name AS who, [l IN labels(who) WHERE l <> 'Entity'][0] AS whoLabel, s.cue AS cue, s.quote AS denied, about,
       s.text AS evidence, s.articleId AS articleId, s.start AS start
ORDER BY s.articleId, s.start
LIMIT coalesce($limit, 100)
