// Title: Which entities were merged across articles, by which rule and on what evidence
// Parameters: $name (optional): only merges into or from an entity whose name or alias contains it
// Example: khabar query merges -p name=لافروف
MATCH (m:Merge)-[:INTO]->(e:Entity)
WHERE $name IS NULL OR e.name CONTAINS $name OR m.fromName CONTAINS $name
   OR any(a IN coalesce(e.aliases, []) WHERE a CONTAINS $name)
RETURN m.fromName AS merged, m.fromId AS mergedId, e.name AS into, e.id AS intoId, m.rule AS rule,
       m.evidence AS evidence, m.articles AS articles
ORDER BY into, merged
