// Title: All statements by a person
// Parameters: $person (entity id, Arabic name or alias, e.g. 'person:lavrov' or 'لافروف')
// Example: khabar query statements-by-person --param person=لافروف
MATCH (p:Person)
WHERE p.id = $person OR p.name = $person OR $person IN p.aliases
MATCH (p)-[act:STATED|DENIED|ACCUSED|CALLED_FOR]->(s:Statement)
RETURN p.name AS speaker, type(act) AS act, s.cue AS cue, s.quote AS quote, s.text AS evidence,
       s.date AS date, s.articleId AS articleId, s.start AS start, s.end AS end
ORDER BY s.date, s.articleId, s.start
