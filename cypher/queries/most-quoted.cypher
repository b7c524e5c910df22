// Title: The people most quoted
// Parameters: $limit (maximum rows, default 10)
// Example: khabar query most-quoted --param limit=5
MATCH (p:Person)-[act:STATED|DENIED|ACCUSED|CALLED_FOR]->(s:Statement)
RETURN p.name AS person, p.id AS id, count(s) AS statements, count(DISTINCT s.articleId) AS articles,
       collect(DISTINCT type(act)) AS acts
ORDER BY statements DESC, person
LIMIT coalesce($limit, 10)
