// Title: Co-occurrence of people in statements (one speaks about, to or against the other)
// Parameters: $minimum (minimum number of shared statements, default 1)
// Example: khabar query co-occurrence --param minimum=2
MATCH (a:Person)-[:STATED|DENIED|ACCUSED|CALLED_FOR]->(s:Statement)-[:ABOUT|TARGETS|ADDRESSED_TO]->(b:Person)
WHERE a <> b
WITH CASE WHEN a.id < b.id THEN a ELSE b END AS p1, CASE WHEN a.id < b.id THEN b ELSE a END AS p2, s
WITH p1, p2, count(DISTINCT s) AS together, collect(DISTINCT s.id) AS statementIds
WHERE together >= coalesce($minimum, 1)
RETURN p1.name AS person, p2.name AS otherPerson, together, statementIds
ORDER BY together DESC, person, otherPerson
