// Title: Who accuses whom
// Parameters: none
// Example: khabar query accusations
MATCH (accuser)-[:ACCUSED]->(s:Statement)-[:TARGETS]->(accused)
RETURN accuser.name AS accuser, accused.name AS accused, s.quote AS accusation, s.text AS evidence,
       s.articleId AS articleId, s.start AS start
ORDER BY accuser, accused, articleId, start
