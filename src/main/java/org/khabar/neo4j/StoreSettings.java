package org.khabar.neo4j;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import org.khabar.server.ServerConfig;

/**
 * Which Neo4j a command works on: the embedded store in {@code dataDir} (through a running
 * {@code khabar serve} when there is one, else in this process), or a standalone server.
 *
 * @param dataDir  the embedded store
 * @param boltPort Bolt port when this process starts the embedded server (0 = any free port)
 * @param httpPort HTTP port when this process serves Browser
 * @param uri      nullable: a standalone server ({@code bolt://host:7687}, {@code neo4j://…}); then
 *                 {@code dataDir} and the ports are not used
 * @param user     user for {@code uri}, nullable (no authentication)
 * @param password password for {@code uri}, nullable
 */
public record StoreSettings(Path dataDir, int boltPort, int httpPort, URI uri, String user, String password) {
    public StoreSettings {
        Objects.requireNonNull(dataDir, "dataDir");
    }

    /** The embedded store in {@code dataDir}, any free Bolt port, no HTTP. */
    public static StoreSettings embedded(Path dataDir) {
        return new StoreSettings(dataDir, 0, 0, null, null, null);
    }

    public ServerConfig serverConfig(boolean http) {
        return new ServerConfig(dataDir, boltPort, httpPort, http);
    }

    @Override
    public String toString() { // never prints the password
        return uri != null ? "Neo4j at " + uri : "store " + dataDir;
    }
}
