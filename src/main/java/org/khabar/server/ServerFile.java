package org.khabar.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The small file {@code khabar serve} keeps in the data directory while it runs, so that other
 * khabar commands on the same store talk to it over Bolt instead of opening the locked store.
 *
 * @param pid     the serving process
 * @param bolt    its Bolt URI
 * @param http    its HTTP URI, nullable
 */
public record ServerFile(long pid, URI bolt, URI http) {
    /** The file name inside the data directory. */
    public static final String NAME = "khabar-server.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static Path path(Path dataDir) {
        return dataDir.resolve(NAME);
    }

    /** The server file of {@code dataDir} when there is one and its process is alive. */
    public static Optional<ServerFile> live(Path dataDir) {
        Path f = path(dataDir);
        if (!Files.isRegularFile(f)) return Optional.empty();
        try {
            JsonNode n = JSON.readTree(f.toFile());
            long pid = n.path("pid").asLong(-1);
            String bolt = n.path("bolt").asText("");
            if (pid <= 0 || bolt.isEmpty()) return Optional.empty();
            boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            if (!alive) return Optional.empty();
            String http = n.path("http").asText("");
            return Optional.of(new ServerFile(pid, URI.create(bolt), http.isEmpty() ? null : URI.create(http)));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // unreadable or half-written: treat as absent
        }
    }

    /** Writes this file atomically into {@code dataDir}. */
    public void write(Path dataDir) {
        ObjectNode n = JSON.createObjectNode();
        n.put("pid", pid);
        n.put("bolt", bolt.toString());
        if (http != null) n.put("http", http.toString());
        try {
            Files.createDirectories(dataDir);
            Path tmp = Files.createTempFile(dataDir, ".khabar-server-", ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), n);
            Files.move(tmp, path(dataDir), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path(dataDir) + ": " + e.getMessage(), e);
        }
    }

    /** Removes the file if it is this process's. */
    public static void removeOwn(Path dataDir) {
        Path f = path(dataDir);
        try {
            if (!Files.isRegularFile(f)) return;
            JsonNode n = JSON.readTree(f.toFile());
            if (n.path("pid").asLong(-1) == ProcessHandle.current().pid()) Files.deleteIfExists(f);
        } catch (IOException e) {
            // best effort during shutdown; a stale file is ignored by live() anyway
        }
    }
}
