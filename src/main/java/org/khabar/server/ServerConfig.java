package org.khabar.server;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to start the embedded Neo4j server. Immutable; the server always listens on 127.0.0.1 only.
 *
 * <pre>{@code
 * ServerConfig c = ServerConfig.defaults().withDataDir(Path.of("data/neo4j")).withBoltPort(0);
 * }</pre>
 *
 * @param dataDir  the store directory (created when missing); survives restarts
 * @param boltPort Bolt port, 0 for any free port
 * @param httpPort HTTP port (Neo4j Browser at {@code /browser/}), 0 for any free port
 * @param http     false to start Bolt only (commands that only load or query)
 */
public record ServerConfig(Path dataDir, int boltPort, int httpPort, boolean http) {
    public static final Path DEFAULT_DATA_DIR = Path.of("data", "neo4j");
    public static final int DEFAULT_BOLT_PORT = 7687;
    public static final int DEFAULT_HTTP_PORT = 7474;
    /** The only interface the server binds to. */
    public static final String HOST = "127.0.0.1";

    public ServerConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        checkPort(boltPort, "boltPort");
        checkPort(httpPort, "httpPort");
    }

    /** {@code ./data/neo4j}, Bolt 7687, HTTP 7474. */
    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_DATA_DIR, DEFAULT_BOLT_PORT, DEFAULT_HTTP_PORT, true);
    }

    public ServerConfig withDataDir(Path dir) { return new ServerConfig(dir, boltPort, httpPort, http); }

    public ServerConfig withBoltPort(int port) { return new ServerConfig(dataDir, port, httpPort, http); }

    public ServerConfig withHttpPort(int port) { return new ServerConfig(dataDir, boltPort, port, http); }

    public ServerConfig withHttp(boolean on) { return new ServerConfig(dataDir, boltPort, httpPort, on); }

    private static void checkPort(int port, String name) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(name + " must be 0..65535, was " + port);
        }
    }
}
