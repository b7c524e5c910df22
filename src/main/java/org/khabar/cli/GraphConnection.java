package org.khabar.cli;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.Neo4jException;
import picocli.CommandLine.Option;

/**
 * Where the RDF commands read the graph: a running Neo4j (the embedded server khabar ships, or
 * any other) over Bolt. The password comes from the environment, never the command line.
 */
final class GraphConnection {
    @Option(names = "--neo4j", paramLabel = "URI", defaultValue = "${KHABAR_NEO4J_URI:-bolt://127.0.0.1:7687}",
            description = "Bolt URI of the Neo4j server (default: ${DEFAULT-VALUE}; env KHABAR_NEO4J_URI).")
    String uri;

    @Option(names = "--user", defaultValue = "${KHABAR_NEO4J_USER:-neo4j}", description = "Neo4j user (default: ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--password:env", paramLabel = "VAR",
            description = "Name of the environment variable holding the Neo4j password (none: no authentication).")
    String passwordEnv;

    Driver open() {
        String password = passwordEnv == null ? null : System.getenv(passwordEnv);
        if (passwordEnv != null && password == null) {
            throw new IllegalArgumentException("environment variable " + passwordEnv + " (--password:env) is not set");
        }
        Driver d = GraphDatabase.driver(uri, password == null ? AuthTokens.none() : AuthTokens.basic(user, password));
        try {
            d.verifyConnectivity();
        } catch (Neo4jException e) {
            d.close();
            throw new IllegalStateException("cannot connect to Neo4j at " + uri + ": " + e.getMessage()
                    + " (start it with khabar server, or give --neo4j)", e);
        }
        return d;
    }
}
