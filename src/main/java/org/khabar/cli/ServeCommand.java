package org.khabar.cli;

import java.util.concurrent.Callable;
import org.khabar.neo4j.GraphStore;
import org.khabar.neo4j.StoreException;
import org.khabar.neo4j.StoreSettings;
import org.khabar.server.ServerFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code khabar serve}: the embedded Neo4j with Bolt and Neo4j Browser, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Runs the embedded Neo4j server on the store: Bolt and Neo4j Browser on 127.0.0.1,",
                "no password, until Ctrl-C. Other khabar commands on the same --data talk to it."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        StoreSettings s = store.settings(true);
        if (s.uri() != null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "serve runs the embedded server; --neo4j-uri does not apply");
        }
        ServerFile.live(s.dataDir()).ifPresent(f -> {
            throw new StoreException("the store " + s.dataDir() + " is already served by khabar (pid " + f.pid()
                    + ") at " + f.bolt() + (f.http() == null ? "" : " and " + f.http()));
        });
        GraphStore graph = GraphStore.startEmbedded(s, true);
        Serving.untilStopped(graph, spec.commandLine().getOut());
        return 0;
    }
}
