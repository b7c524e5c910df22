package org.khabar.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.khabar.neo4j.GraphStats;
import org.khabar.neo4j.GraphStore;
import org.khabar.neo4j.Neo4jLoader;
import org.khabar.neo4j.StoreSettings;
import org.khabar.neo4j.TestGraphs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store survives a stop and a restart; a second opener gets a clear message. */
class PersistenceIT {
    @TempDir
    Path dir;

    @Test
    void dataSurvivesARestart() {
        StoreSettings s = StoreSettings.embedded(dir.resolve("neo4j"));
        GraphStats before;
        try (GraphStore store = GraphStore.open(s)) {
            assertThat(store.server()).as("started in this process").isNotNull();
            assertThat(Neo4jLoader.open(store.driver()).load(TestGraphs.seed())).isEqualTo(Neo4jLoader.Outcome.LOADED);
            before = GraphStats.read(store.driver());
            assertThat(before.nodes()).isGreaterThan(20);

            // while this process holds the store, a second embedded server cannot open it: a clear message
            assertThatThrownBy(() -> EmbeddedNeo4j.start(new ServerConfig(s.dataDir(), 0, 0, false)))
                    .isInstanceOf(ServerStartException.StoreLockedException.class)
                    .hasMessageContaining("is in use by another process").hasMessageContaining("khabar serve");
        }
        assertThat(dir.resolve("neo4j/data/databases/neo4j")).isDirectory();
        assertThat(dir.resolve("neo4j/logs/debug.log")).isRegularFile();
        assertThat(dir.resolve("neo4j/run")).isEmptyDirectory();

        try (GraphStore store = GraphStore.open(s)) {
            assertThat(GraphStats.read(store.driver())).isEqualTo(before);
            assertThat(Neo4jLoader.open(store.driver()).load(TestGraphs.seed())).isEqualTo(Neo4jLoader.Outcome.UNCHANGED);
        }
    }

    @Test
    void aStartRemovesTheScratchFolderOfAKilledProcessButNotItsOwn() throws Exception {
        Path run = java.nio.file.Files.createDirectories(dir.resolve("killed/run"));
        // what a killed server leaves: its signed folder with the harness's files in it
        Path left = java.nio.file.Files.createDirectories(run.resolve("4242-1/5f3a9c"));
        java.nio.file.Files.writeString(left.resolve("neo4j.log"), "…");
        java.nio.file.Files.writeString(run.resolve("4242-1").resolve(ScratchFolders.OWNER), ScratchFoldersTest.deadPid() + " -1\n");
        try (EmbeddedNeo4j server = EmbeddedNeo4j.start(new ServerConfig(dir.resolve("killed"), 0, 0, false))) {
            assertThat(run.resolve("4242-1")).doesNotExist();
            assertThat(run).isNotEmptyDirectory();
            try (var s = java.nio.file.Files.list(run)) {
                Path mine = s.findFirst().orElseThrow();
                assertThat(mine.getFileName().toString()).startsWith(ProcessHandle.current().pid() + "-");
                assertThat(mine.resolve(ScratchFolders.OWNER)).isRegularFile();
            }
        }
        assertThat(run).isEmptyDirectory();
    }

    @Test
    void aTakenPortIsAClearErrorAndLeavesNoScratchBehind() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName(ServerConfig.HOST))) {
            ServerConfig c = new ServerConfig(dir.resolve("ports"), taken.getLocalPort(), 0, false);
            assertThatThrownBy(() -> EmbeddedNeo4j.start(c).close())
                    .isInstanceOf(ServerStartException.class)
                    .hasMessageContaining("port " + taken.getLocalPort()).hasMessageContaining("already in use");
        }
        assertThat(dir.resolve("ports/run")).isEmptyDirectory();
    }
}
