package org.khabar.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The embedded server's scratch folders under {@code run/}: each process makes its own, signed
 * with its pid and start time ({@value #OWNER}) before the server writes anything in it, and
 * removes it on close. A folder whose owner is dead (killed, so it could not) is removed when
 * the next server starts on the same store.
 *
 * <pre>{@code
 * Path mine = ScratchFolders.create(run);                 // run/<pid>-<random>/
 * …                                                       // start the server with its files in mine
 * List<Path> removed = ScratchFolders.removeStale(run, Set.of(mine));
 * }</pre>
 *
 * A folder without a signature (left by a khabar older than signatures) has no owner to ask: it
 * is removed once nothing in it changed for {@link #UNSIGNED_GRACE}, and only by a server that
 * has started, so holds the store lock that its owner would have held.
 */
final class ScratchFolders {
    static final String OWNER = "khabar.owner";
    static final Duration UNSIGNED_GRACE = Duration.ofMinutes(10);

    private ScratchFolders() {}

    /** A new folder in {@code run} owned by this process, signed. */
    static Path create(Path run) {
        ProcessHandle me = ProcessHandle.current();
        long started = me.info().startInstant().map(Instant::toEpochMilli).orElse(-1L);
        try {
            Files.createDirectories(run);
            Path folder = Files.createTempDirectory(run, me.pid() + "-");
            Files.writeString(folder.resolve(OWNER), me.pid() + " " + started + "\n", StandardCharsets.UTF_8);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch folder in " + run + ": " + e.getMessage(), e);
        }
    }

    /** Removes the stale folders in {@code run} but never those in {@code keep}; returns what it removed. */
    static List<Path> removeStale(Path run, Set<Path> keep) {
        List<Path> removed = new ArrayList<>();
        List<Path> folders;
        try (Stream<Path> s = Files.list(run)) {
            folders = s.filter(Files::isDirectory).toList();
        } catch (IOException e) {
            return removed; // nothing listed, nothing removed: a leftover folder is only disk space
        }
        Instant now = Instant.now();
        for (Path f : folders) {
            if (!keep.contains(f) && stale(f, now) && delete(f)) removed.add(f);
        }
        return removed;
    }

    /** True when the owner of {@code folder} is dead, or when it is unsigned and untouched for the grace period. */
    static boolean stale(Path folder, Instant now) {
        Path owner = folder.resolve(OWNER);
        if (!Files.exists(owner)) return lastChange(folder).plus(UNSIGNED_GRACE).isBefore(now);
        try {
            String[] f = Files.readString(owner, StandardCharsets.UTF_8).trim().split(" ");
            return !alive(Long.parseLong(f[0]), f.length > 1 ? Long.parseLong(f[1]) : -1);
        } catch (IOException | RuntimeException e) {
            return false; // unreadable signature: leave it alone rather than guess
        }
    }

    /** True when process {@code pid} runs and, if {@code startMillis} is known, is the one that started then. */
    static boolean alive(long pid, long startMillis) {
        Optional<ProcessHandle> p = ProcessHandle.of(pid);
        if (p.isEmpty() || !p.get().isAlive()) return false;
        if (startMillis < 0) return true;
        // a pid is reused by later processes: the same pid started at another time is another process
        return p.get().info().startInstant().map(s -> Math.abs(s.toEpochMilli() - startMillis) < 1000).orElse(true);
    }

    private static Instant lastChange(Path folder) {
        try (Stream<Path> s = Files.walk(folder)) {
            return s.map(ScratchFolders::modified).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        } catch (IOException | UncheckedIOException e) {
            return Instant.now(); // cannot tell: treat as fresh
        }
    }

    private static Instant modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toInstant();
        } catch (IOException e) {
            return Instant.now();
        }
    }

    /** Deletes {@code dir} and everything in it, as far as it can; true when it is gone. */
    static boolean delete(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
        return !Files.exists(dir);
    }

}
