/**
 * khabar's graph in Neo4j: {@link org.khabar.neo4j.GraphStore} (how a command reaches the graph:
 * {@code --neo4j-uri}, a running {@code khabar serve}, or the embedded server started in-process),
 * {@link org.khabar.neo4j.Neo4jLoader} (one article per write transaction, idempotent, replaces
 * changed articles), {@link org.khabar.neo4j.Schema} ({@code cypher/schema.cypher}),
 * {@link org.khabar.neo4j.GraphStats} and {@link org.khabar.neo4j.ResearchQuery}
 * ({@code cypher/queries/*.cypher}). The model is described in {@code NEO4J_MODEL.md}; on top of
 * it every entity node also has the label {@code Entity} (one id space, used to match
 * relationship ends) and an {@code aliasText} property (aliases joined, for the full-text index).
 */
package org.khabar.neo4j;
