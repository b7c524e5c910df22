// Title: Who called on whom to do what
// Parameters: none
// Example: khabar query calls-for
MATCH (caller)-[:CALLED_FOR]->(s:Statement)
OPTIONAL MATCH (s)-[:TARGETS|ADDRESSED_TO]->(called)
RETURN caller.name AS caller, collect(DISTINCT called.name) AS calledOn, s.quote AS demand, s.text AS evidence,
       s.articleId AS articleId, s.start AS start
ORDER BY articleId, start
