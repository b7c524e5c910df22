// Title: Statements about a country
// Parameters: $country (ISO 3166 code, entity id or Arabic name, e.g. 'SY', 'country:SY' or 'سورية')
// Example: khabar query statements-about-country --param country=SY
MATCH (c:Country)
WHERE c.iso2 = toUpper($country) OR c.id = $country OR c.name = $country OR $country IN c.aliases
MATCH (speaker)-[act:STATED|DENIED|ACCUSED|CALLED_FOR]->(s:Statement)-[:ABOUT|TARGETS]->(c)
RETURN DISTINCT c.name AS country, speaker.name AS speaker, type(act) AS act, s.text AS evidence,
       s.articleId AS articleId, s.start AS start
ORDER BY articleId, start
