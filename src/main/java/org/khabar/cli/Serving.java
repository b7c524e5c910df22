package org.khabar.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import org.khabar.neo4j.GraphStore;
import org.khabar.server.EmbeddedNeo4j;
import org.khabar.server.ServerFile;

/** Keeps an embedded server running until Ctrl-C (or SIGTERM), announcing it to other commands. */
final class Serving {
    private Serving() {}

    static void untilStopped(GraphStore store, PrintWriter out) {
        EmbeddedNeo4j server = store.server();
        new ServerFile(ProcessHandle.current().pid(), server.boltUri(), server.httpUri()).write(server.dataDir());
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            try {
                ServerFile.removeOwn(server.dataDir());
                store.close();
            } finally {
                stopped.countDown();
            }
        }, "khabar-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.printf(Locale.ROOT, "Neo4j is serving %s (started in %.1f s)%n", server.dataDir(),
                server.startupTime().toMillis() / 1000.0);
        out.println("  Bolt:    " + server.boltUri());
        out.println("  Browser: " + server.browserUrl());
        out.println("  No password. Browser applies khabar's style when it connects; to apply it again run");
        out.println("  :style " + server.styleUrl());
        out.println("Other khabar commands with the same --data use this server. Press Ctrl-C to stop.");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
