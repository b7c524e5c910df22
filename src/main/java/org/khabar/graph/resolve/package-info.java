/**
 * Cross-article entity resolution, pure: summaries of stored entities in, merge decisions out
 * ({@link org.khabar.graph.resolve.EntityResolver}). Knows nothing of Neo4j or RDF; the
 * {@code neo4j} package reads the summaries and applies the merges.
 */
package org.khabar.graph.resolve;
