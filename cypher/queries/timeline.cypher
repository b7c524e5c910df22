// Title: Timeline of an entity: its statements, what was said about it, its meetings and events
// Parameters: $entity (entity id, Arabic name or alias)
// Example: khabar query timeline --param entity=country:RU
MATCH (e:Entity)
WHERE e.id = $entity OR e.name = $entity OR $entity IN e.aliases
CALL (e) {
  MATCH (e)-[act:STATED|DENIED|ACCUSED|CALLED_FOR]->(s:Statement)
  RETURN 'said' AS what, type(act) AS kind, s.date AS date, s.articleId AS articleId, s.start AS start, s.text AS evidence
  UNION ALL
  MATCH (speaker)-[act:STATED|DENIED|ACCUSED|CALLED_FOR]->(s:Statement)-[:ABOUT|TARGETS|ADDRESSED_TO]->(e)
  RETURN 'mentioned by ' + speaker.name AS what, type(act) AS kind, s.date AS date, s.articleId AS articleId,
         s.start AS start, s.text AS evidence
  UNION ALL
  MATCH (e)-[m:MET_WITH]-(other)
  RETURN 'met ' + other.name AS what, m.kind AS kind, m.date AS date, m.articleId AS articleId, m.start AS start,
         m.text AS evidence
  UNION ALL
  MATCH (e)-[:PARTICIPATED_IN]->(ev:Event)
  RETURN 'took part in ' + ev.name AS what, ev.kind AS kind, ev.date AS date, ev.articleId AS articleId,
         ev.start AS start, ev.text AS evidence
}
RETURN e.name AS entity, what, kind, date, articleId, start, evidence
ORDER BY date, articleId, start
