/**
 * The Neo4j server khabar ships: {@link org.khabar.server.EmbeddedNeo4j} runs Neo4j in-process on a
 * persistent store (default {@code ./data/neo4j}), with Bolt and HTTP/Neo4j Browser on 127.0.0.1
 * only and no authentication; {@link org.khabar.server.ServerFile} lets other khabar processes find
 * a running {@code khabar serve} instead of opening the locked store.
 */
package org.khabar.server;
