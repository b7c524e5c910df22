// Title: Who met whom, when, where
// Parameters: $entity (optional: entity id, name or alias; null for all meetings)
// Example: khabar query meetings --param entity=كيري
MATCH (a)-[m:MET_WITH]->(b)
WHERE $entity IS NULL
   OR $entity IN [a.id, a.name, b.id, b.name]
   OR $entity IN coalesce(a.aliases, []) OR $entity IN coalesce(b.aliases, [])
OPTIONAL MATCH (place:Entity {id: m.placeId})
RETURN a.name AS party, b.name AS otherParty, m.kind AS kind, m.modality AS modality,
       m.date AS date, m.dateText AS dateText, place.name AS place, m.text AS evidence,
       m.articleId AS articleId, m.start AS start
ORDER BY m.date, m.articleId, m.start
