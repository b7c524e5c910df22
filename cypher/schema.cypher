// khabar's Neo4j schema. Applied by the loader before every load; every statement is idempotent
// (IF NOT EXISTS). Statements are separated by a semicolon at the end of a line.
// Every entity node also carries the label Entity (one id space across Person, Country, Place,
// Organization), which the loader uses to match relationship ends by id.

CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
// one record per entity id merged away by `khabar resolve` (what it was, why, into what)
CREATE CONSTRAINT merge_from_id IF NOT EXISTS FOR (n:Merge) REQUIRE n.fromId IS UNIQUE;

CREATE INDEX entity_name_key IF NOT EXISTS FOR (n:Entity) ON (n.nameKey);
CREATE INDEX person_name_key IF NOT EXISTS FOR (n:Person) ON (n.nameKey);
CREATE INDEX country_name_key IF NOT EXISTS FOR (n:Country) ON (n.nameKey);
CREATE INDEX country_iso2 IF NOT EXISTS FOR (n:Country) ON (n.iso2);
CREATE INDEX place_name_key IF NOT EXISTS FOR (n:Place) ON (n.nameKey);
CREATE INDEX organization_name_key IF NOT EXISTS FOR (n:Organization) ON (n.nameKey);
CREATE INDEX statement_article IF NOT EXISTS FOR (n:Statement) ON (n.articleId);
CREATE INDEX statement_type IF NOT EXISTS FOR (n:Statement) ON (n.type);
CREATE INDEX event_article IF NOT EXISTS FOR (n:Event) ON (n.articleId);
CREATE INDEX met_with_article IF NOT EXISTS FOR ()-[r:MET_WITH]-() ON (r.articleId);
CREATE INDEX holds_role_article IF NOT EXISTS FOR ()-[r:HOLDS_ROLE]-() ON (r.articleId);

// Full-text search in Arabic: Lucene's arabic analyzer removes diacritics and tatweel,
// unifies alef/hamza forms (أ إ آ → ا), ى → ي, ة → ه, and strips common prefixes/suffixes.
// Eventually consistent: a commit does not wait for Lucene; the index catches up in the
// background, and khabar's writers (load, resolve) call db.index.fulltext.awaitEventuallyConsistentIndexRefresh()
// before they return, so a search after a load or a resolve sees all of it. (A store created by an
// earlier khabar keeps its synchronously updated indexes: same results, slower loads.)
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Person|Country|Place|Organization) ON EACH [n.name, n.aliasText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic', `fulltext.eventually_consistent`: true}};
CREATE FULLTEXT INDEX statement_text IF NOT EXISTS
FOR (n:Statement) ON EACH [n.text, n.quote]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic', `fulltext.eventually_consistent`: true}};
