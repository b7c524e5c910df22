// Title: Full-text search in Arabic over entity names/aliases and statement text/quotes
// Parameters: $q (Arabic words; Lucene syntax allowed). The arabic analyzer ignores diacritics and
//   tatweel and unifies alef/hamza forms (أ إ آ → ا), ى/ي and ة/ه on both the indexed text and the
//   query, so «سوريّة», «سورية» and «سوريه» all match. `khabar query search` also normalizes $q
//   with org.khabar.neo4j.ArabicKey first (same rules plus ؤ → و, ئ → ي, bidi marks removed).
// Example: khabar query search --param q=لافروف
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node, score
  RETURN [l IN labels(node) WHERE l <> 'Entity'][0] AS label, node.id AS id, node.name AS text, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('statement_text', $q) YIELD node, score
  RETURN 'Statement' AS label, node.id AS id, node.text AS text, score
}
RETURN label, id, text, score
ORDER BY score DESC, id
LIMIT 50
