// Title: The evidence of an edge: article, character offsets and sentence of a statement or meeting
// Parameters: $id (a statement id like 'a-…-s3' or a meeting id like 'a-…-m1')
// Example: khabar query evidence --param id=a-0123456789abcdef-s1
CALL () {
  MATCH (s:Statement {id: $id})
  RETURN s.id AS id, s.type AS type, s.articleId AS articleId, s.start AS start, s.end AS end, s.text AS sentence,
         s.confidence AS confidence
  UNION
  MATCH ()-[m:MET_WITH {id: $id}]->()
  RETURN m.id AS id, 'MET_WITH' AS type, m.articleId AS articleId, m.start AS start, m.end AS end,
         m.text AS sentence, m.confidence AS confidence
}
MATCH (a:Article {id: articleId})
RETURN id, type, articleId, a.source AS source, a.url AS url, start, end, sentence,
       substring(a.text, start, end - start) = sentence AS offsetsMatch, confidence
