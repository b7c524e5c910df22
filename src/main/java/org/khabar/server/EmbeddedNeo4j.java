package org.khabar.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.server.configuration.ServerSettings;

/**
 * The Neo4j server khabar ships: in-process, persistent, loopback only, no authentication.
 *
 * <pre>{@code
 * try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(ServerConfig.defaults())) {
 *     System.out.println(neo4j.boltUri() + " " + neo4j.browserUrl());
 * }
 * }</pre>
 *
 * <p>Layout of the data directory: {@code data/} (databases and transaction logs, kept),
 * {@code logs/} (Neo4j's debug log), {@code run/} (scratch files of the running server, removed
 * on close, or on the next start when the process that owned them was killed) and, while {@code khabar serve} runs, {@link ServerFile#NAME}.
 */
public final class EmbeddedNeo4j implements AutoCloseable {
    /** Where the server serves the Browser style sheet (see {@code cypher/browser/style.grass}). */
    public static final String STYLE_PATH = "/khabar/style.grass";

    static {
        // Quiet console: the web server inside Neo4j logs through SLF4J; Neo4j's own logs go to files.
        quiet("org.eclipse.jetty");
        quiet("org.glassfish");
        quiet("org.neo4j");
        quiet("io.netty");
    }

    private final Neo4j neo4j;
    private final ServerConfig config;
    private final Path scratch;
    private final Duration startup;

    private EmbeddedNeo4j(Neo4j neo4j, ServerConfig config, Path scratch, Duration startup) {
        this.neo4j = neo4j;
        this.config = config;
        this.scratch = scratch;
        this.startup = startup;
    }

    /**
     * Starts the server on the store in {@code config.dataDir()} (created when missing).
     *
     * @throws ServerStartException.StoreLockedException when another process has the store open
     * @throws ServerStartException for any other reason the server cannot start (port taken, …)
     */
    public static EmbeddedNeo4j start(ServerConfig requested) {
        ServerConfig config = requested;
        Path home = config.dataDir().toAbsolutePath().normalize();
        Path run = home.resolve("run");
        try {
            Files.createDirectories(run);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + home + ": " + e.getMessage(), e);
        }
        Path scratch = ScratchFolders.create(run);
        long t0 = System.nanoTime();
        // Browser's post-connect command needs the real HTTP port before start: pick one for port 0
        if (config.http() && config.httpPort() == 0) config = config.withHttpPort(freePort());
        Neo4jBuilder b = Neo4jBuilders.newInProcessBuilder(scratch)
                .withConfig(GraphDatabaseSettings.neo4j_home, home)
                .withConfig(GraphDatabaseSettings.data_directory, home.resolve("data"))
                .withConfig(GraphDatabaseSettings.logs_directory, home.resolve("logs"))
                .withConfig(GraphDatabaseSettings.auth_enabled, false)
                .withConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
                // stop in well under a second instead of Netty's default quiet period of seconds
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(3))
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .withConfig(BoltConnector.listen_address, new SocketAddress(ServerConfig.HOST, config.boltPort()))
                .withConfig(BoltConnector.advertised_address, new SocketAddress(ServerConfig.HOST, config.boltPort()));
        if (config.http()) {
            b = b.withConfig(HttpConnector.enabled, true)
                    .withConfig(HttpConnector.listen_address, new SocketAddress(ServerConfig.HOST, config.httpPort()))
                    .withConfig(HttpConnector.advertised_address, new SocketAddress(ServerConfig.HOST, config.httpPort()))
                    .withConfig(ServerSettings.browser_remote_content_hostname_whitelist, "127.0.0.1,localhost")
                    .withUnmanagedExtension("/khabar", org.khabar.server.web.StyleResource.class);
        } else {
            b = b.withDisabledServer();
        }
        // Browser runs this once connected: the style is fetched from this very server.
        if (config.http()) {
            b = b.withConfig(ServerSettings.browser_post_connect_cmd,
                    "style http://" + ServerConfig.HOST + ":" + config.httpPort() + STYLE_PATH);
        }
        Neo4j neo4j;
        try {
            neo4j = b.build();
        } catch (RuntimeException e) {
            ScratchFolders.delete(scratch); // the harness leaves its scratch files behind when it fails to start
            throw ServerStartException.from(e, config, home);
        }
        // this process holds the store now: remove what killed processes left in run/
        ScratchFolders.removeStale(run, Set.of(scratch));
        return new EmbeddedNeo4j(neo4j, config, scratch, Duration.ofNanos(System.nanoTime() - t0));
    }

    public URI boltUri() { return neo4j.boltURI(); }

    /** The HTTP URI, or null when started without HTTP. */
    public URI httpUri() { return config.http() ? neo4j.httpURI() : null; }

    /** Neo4j Browser, preset to connect to this server without a password; null without HTTP. */
    public String browserUrl() {
        URI http = httpUri();
        if (http == null) return null;
        URI bolt = boltUri();
        String dbms = URLEncoder.encode("bolt://" + bolt.getHost() + ":" + bolt.getPort(), StandardCharsets.UTF_8);
        return http.resolve("/browser/") + "?dbms=" + dbms + "&preselectAuthMethod=NO_AUTH";
    }

    /** The style sheet URL Browser loads, or null without HTTP. */
    public String styleUrl() {
        URI http = httpUri();
        return http == null ? null : http.resolve(STYLE_PATH).toString();
    }

    public Path dataDir() { return config.dataDir(); }

    /** How long {@link #start} took (until Bolt and HTTP were listening). */
    public Duration startupTime() { return startup; }

    /** The embedded database, for tests and tools that run in this process. */
    public org.neo4j.graphdb.GraphDatabaseService database() { return neo4j.defaultDatabaseService(); }

    @Override
    public void close() {
        try {
            neo4j.close();
        } finally {
            ScratchFolders.delete(scratch);
        }
    }

    private static int freePort() {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName(ServerConfig.HOST))) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port on " + ServerConfig.HOST + ": " + e.getMessage(), e);
        }
    }

    private static void quiet(String loggerPrefix) {
        String key = "org.slf4j.simpleLogger.log." + loggerPrefix;
        if (System.getProperty(key) == null) System.setProperty(key, "error");
    }
}
