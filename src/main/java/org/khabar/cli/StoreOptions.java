package org.khabar.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.khabar.neo4j.StoreSettings;
import org.khabar.server.ServerConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Options shared by every command that uses the graph store ({@code load}, {@code serve},
 * {@code stats}, {@code demo}, {@code query}). Passwords never come from the command line itself.
 */
final class StoreOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data/neo4j",
            description = "The embedded Neo4j store (default: ${DEFAULT-VALUE}); created when missing.")
    Path data;

    @Option(names = "--bolt-port", paramLabel = "PORT",
            description = "Bolt port of the embedded server (default: 7687 for serve/demo, any free port otherwise).")
    Integer boltPort;

    @Option(names = "--http-port", paramLabel = "PORT",
            description = "HTTP/Browser port of the embedded server (default: 7474).")
    Integer httpPort;

    @Option(names = "--neo4j-uri", paramLabel = "URI",
            description = "Use a standalone Neo4j server instead of the embedded store, e.g. bolt://localhost:7687.")
    URI neo4jUri;

    @Option(names = "--user", paramLabel = "USER", description = "User for --neo4j-uri (default: neo4j when a password is given).")
    String user;

    @Option(names = "--password:env", paramLabel = "VAR", description = "Read the password for --neo4j-uri from environment variable VAR.")
    String passwordEnv;

    @Option(names = "--password:file", paramLabel = "FILE", description = "Read the password for --neo4j-uri from the first line of FILE.")
    Path passwordFile;

    /**
     * @param serving true for commands that serve Bolt and Browser on fixed ports (serve, demo)
     */
    StoreSettings settings(boolean serving) {
        if (boltPort != null && (boltPort < 0 || boltPort > 65535)) usage("--bolt-port must be 0..65535");
        if (httpPort != null && (httpPort < 0 || httpPort > 65535)) usage("--http-port must be 0..65535");
        if (passwordEnv != null && passwordFile != null) usage("give --password:env or --password:file, not both");
        String password = null;
        if (passwordEnv != null) {
            password = System.getenv(passwordEnv);
            if (password == null) usage("environment variable " + passwordEnv + " (--password:env) is not set");
        }
        if (passwordFile != null) {
            try {
                password = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
            } catch (IOException e) {
                usage("cannot read --password:file " + passwordFile + ": " + e.getMessage());
            }
        }
        if (neo4jUri == null && (user != null || password != null)) {
            usage("--user and --password:* need --neo4j-uri");
        }
        if (neo4jUri != null && neo4jUri.getScheme() == null) {
            usage("--neo4j-uri must look like bolt://host:7687 or neo4j://host:7687");
        }
        String u = user != null ? user : (password != null ? "neo4j" : null);
        int bolt = boltPort != null ? boltPort : (serving ? ServerConfig.DEFAULT_BOLT_PORT : 0);
        int http = httpPort != null ? httpPort : ServerConfig.DEFAULT_HTTP_PORT;
        return new StoreSettings(data, bolt, http, neo4jUri, u, password);
    }

    private void usage(String message) {
        throw new ParameterException(spec.commandLine(), message);
    }
}
