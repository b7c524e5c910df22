package org.khabar.neo4j;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.khabar.server.EmbeddedNeo4j;
import org.khabar.server.ServerFile;
import org.khabar.server.ServerStartException;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * An open connection to the graph, however it is reached. Close it to release the driver and, when
 * this process started the embedded server, the server.
 *
 * <pre>{@code
 * try (GraphStore store = GraphStore.open(StoreSettings.embedded(Path.of("data/neo4j")))) {
 *     GraphStats stats = GraphStats.read(store.driver());
 * }
 * }</pre>
 *
 * <p>Order: {@code --neo4j-uri} when given; else a live {@code khabar serve} on the same data
 * directory (found through {@link ServerFile}); else the embedded server, started here.
 */
public final class GraphStore implements AutoCloseable {
    private static final Duration WAIT_FOR_SERVE = Duration.ofSeconds(20);

    private final Driver driver;
    private final EmbeddedNeo4j server;
    private final String description;

    private GraphStore(Driver driver, EmbeddedNeo4j server, String description) {
        this.driver = driver;
        this.server = server;
        this.description = description;
    }

    public static GraphStore open(StoreSettings s) {
        if (s.uri() != null) {
            AuthToken auth = s.user() == null ? AuthTokens.none()
                    : AuthTokens.basic(s.user(), s.password() == null ? "" : s.password());
            return new GraphStore(connect(s.uri().toString(), auth,
                    "check that Neo4j runs at " + s.uri() + " and that --user/--password are right"),
                    null, "Neo4j at " + s.uri());
        }
        Optional<ServerFile> running = ServerFile.live(s.dataDir());
        if (running.isPresent()) return attach(running.get(), s.dataDir());
        try {
            return startEmbedded(s, false);
        } catch (ServerStartException.StoreLockedException locked) {
            // perhaps `khabar serve` is starting right now: give it a moment to write its file
            long until = System.nanoTime() + WAIT_FOR_SERVE.toNanos();
            while (System.nanoTime() < until) {
                Optional<ServerFile> f = ServerFile.live(s.dataDir());
                if (f.isPresent()) return attach(f.get(), s.dataDir());
                sleep(250);
            }
            throw locked;
        }
    }

    /**
     * Starts the embedded server in this process, with HTTP and Browser when {@code http} is true
     * (for {@code khabar serve}), and connects to it.
     */
    public static GraphStore startEmbedded(StoreSettings s, boolean http) {
        EmbeddedNeo4j server = EmbeddedNeo4j.start(s.serverConfig(http));
        try {
            Driver d = connect(server.boltUri().toString(), AuthTokens.none(),
                    "the embedded server in " + s.dataDir() + " did not answer; see its logs/ directory");
            return new GraphStore(d, server, "embedded store " + s.dataDir());
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static GraphStore attach(ServerFile f, Path dataDir) {
        Driver d = connect(f.bolt().toString(), AuthTokens.none(),
                "a `khabar serve` (pid " + f.pid() + ") holds the store " + dataDir + " but does not answer at "
                        + f.bolt() + "; stop it or delete " + ServerFile.path(dataDir));
        return new GraphStore(d, null, "khabar serve (pid " + f.pid() + ") at " + f.bolt());
    }

    private static Driver connect(String uri, AuthToken auth, String whatToCheck) {
        Driver d;
        try {
            d = GraphDatabase.driver(uri, auth, Config.builder()
                    .withLogging(Logging.none())
                    .withConnectionTimeout(10, java.util.concurrent.TimeUnit.SECONDS)
                    .withoutEncryption()
                    .build());
        } catch (IllegalArgumentException e) {
            throw new StoreException("bad Neo4j URI " + uri + ": " + e.getMessage(), e);
        }
        try {
            d.verifyConnectivity();
            return d;
        } catch (AuthenticationException e) {
            d.close();
            throw new StoreException("Neo4j at " + uri + " refused the credentials; check --user and "
                    + "--password:env/--password:file", e);
        } catch (Neo4jException | IllegalStateException e) {
            d.close();
            throw new StoreException("cannot connect to " + uri + ": " + whatToCheck, e);
        }
    }

    public Driver driver() { return driver; }

    /** The embedded server when this process runs it, else null. */
    public EmbeddedNeo4j server() { return server; }

    /**
     * The database itself when this process runs it (for readers that can skip Bolt), else empty
     * (a standalone server, or a {@code khabar serve} in another process).
     */
    public Optional<GraphDatabaseService> embeddedDatabase() {
        return server == null ? Optional.empty() : Optional.of(server.database());
    }

    /** Where the graph lives, for messages. */
    public String description() { return description; }

    @Override
    public void close() {
        try {
            driver.close();
        } finally {
            if (server != null) server.close();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the store", e);
        }
    }
}
