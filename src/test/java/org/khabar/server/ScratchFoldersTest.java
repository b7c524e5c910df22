package org.khabar.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which scratch folders under run/ are stale: only those whose owning process is dead. */
class ScratchFoldersTest {
    @TempDir
    Path run;

    /** The pid of a process that has ended. */
    static long deadPid() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        return p.pid();
    }

    Path folder(String name, String owner) throws IOException {
        Path f = Files.createDirectories(run.resolve(name).resolve("0a1b2c"));
        Files.writeString(f.resolve("neo4j.log"), "log");
        if (owner != null) Files.writeString(run.resolve(name).resolve(ScratchFolders.OWNER), owner, StandardCharsets.UTF_8);
        return run.resolve(name);
    }

    static void age(Path dir, Duration by) throws IOException {
        FileTime t = FileTime.from(Instant.now().minus(by));
        try (var s = Files.walk(dir)) {
            for (Path p : s.toList()) Files.setLastModifiedTime(p, t);
        }
    }

    @Test
    void aFolderOfADeadProcessIsRemovedOneOfALiveProcessIsKept() throws Exception {
        Path mine = ScratchFolders.create(run);
        assertThat(Files.readString(mine.resolve(ScratchFolders.OWNER))).startsWith(ProcessHandle.current().pid() + " ");
        Path dead = folder("dead", deadPid() + " -1\n");
        Path other = folder("other", ProcessHandle.current().pid() + " -1\n"); // alive, start time unknown
        Path reused = folder("reused", ProcessHandle.current().pid() + " 1000\n"); // this pid, but started in 1970
        Path garbled = folder("garbled", "not a pid");

        assertThat(ScratchFolders.removeStale(run, Set.of(mine))).containsExactlyInAnyOrder(dead, reused);
        assertThat(run.resolve("dead")).doesNotExist();
        assertThat(run.resolve("reused")).doesNotExist();
        assertThat(mine).isDirectory();
        assertThat(other).isDirectory();
        assertThat(garbled).as("an unreadable signature is left alone").isDirectory();
    }

    @Test
    void aFolderSignedByThisProcessIsKeptEvenWhenNotListedAsKept() {
        Path mine = ScratchFolders.create(run);
        assertThat(ScratchFolders.removeStale(run, Set.of())).isEmpty();
        assertThat(mine).isDirectory();
    }

    @Test
    void anUnsignedFolderIsRemovedOnlyWhenNothingInItChangedForTheGracePeriod() throws Exception {
        Path fresh = folder("fresh", null);
        Path old = folder("old", null);
        age(old, ScratchFolders.UNSIGNED_GRACE.plusMinutes(1));
        assertThat(ScratchFolders.removeStale(run, Set.of())).containsExactly(old);
        assertThat(fresh).isDirectory();
    }
}
