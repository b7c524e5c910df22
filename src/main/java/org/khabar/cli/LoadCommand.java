package org.khabar.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.khabar.article.Article;
import org.khabar.extract.Extractor;
import org.khabar.neo4j.GraphStore;
import org.khabar.neo4j.LoadSummary;
import org.khabar.neo4j.Neo4jLoader;
import org.neo4j.driver.Driver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code khabar load FILE|DIR…}: extracts articles and loads them into Neo4j. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Extracts articles and loads them into the Neo4j store.",
                "Directories are read recursively (*.txt). Loading an unchanged article again changes nothing;"
                        + " a changed article replaces what it contributed."})
final class LoadCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Article files (UTF-8 text) or directories.")
    List<Path> inputs;

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> files = files(inputs);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (GraphStore graph = GraphStore.open(store.settings(false))) {
            Result r = load(graph.driver(), files, err);
            out.println(r.describe(graph.description()));
            out.flush();
            return r.failed() == 0 ? 0 : 1;
        }
    }

    /** Files to load, in a stable order; directories recursively, *.txt only. */
    static List<Path> files(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile)
                            .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(p + ": cannot list the directory (" + e.getMessage() + ")", e);
                }
            } else {
                files.add(p); // missing or unreadable: reported per file by load()
            }
        }
        return files;
    }

    /** Loads every file it can; a file that cannot be read or loaded is reported and counted. */
    static Result load(Driver driver, List<Path> files, PrintWriter err) {
        int failed = 0;
        Neo4jLoader loader = Neo4jLoader.open(driver);
        for (Path f : files) {
            Article a;
            try {
                a = read(f);
            } catch (UncheckedIOException e) {
                err.println("khabar: " + e.getMessage());
                failed++;
                continue;
            }
            try {
                loader.load(Extractor.standard().extract(a));
            } catch (RuntimeException e) {
                err.println("khabar: " + f + ": " + e.getMessage());
                failed++;
            }
        }
        LoadSummary s = loader.summary();
        for (String w : s.warnings()) err.println("khabar: warning: " + w);
        if (s.warningCount() > s.warnings().size()) {
            err.println("khabar: … and " + (s.warningCount() - s.warnings().size()) + " more warnings");
        }
        err.flush();
        return new Result(s, failed);
    }

    /**
     * Reads one article file: UTF-8 (strict), BOM removed. The one place where {@code load} reads
     * input, to be replaced by the {@code article} package's readers.
     */
    static Article read(Path f) {
        try {
            byte[] bytes = Files.readAllBytes(f);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            return Article.of(f.toString(), text);
        } catch (CharacterCodingException e) {
            throw new UncheckedIOException(f + ": not valid UTF-8 text (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException(f + ": cannot read (" + e + ")", e);
        }
    }

    /** @param failed files that could not be read, extracted or loaded */
    record Result(LoadSummary summary, int failed) {

        String describe(String where) {
            LoadSummary s = summary;
            return String.format(Locale.ROOT,
                    "%d articles loaded, %d replaced, %d unchanged, %d failed into %s%n"
                            + "%d nodes and %d relationships created, %d nodes and %d relationships deleted",
                    s.loaded(), s.replaced(), s.unchanged(), failed, where,
                    s.nodesCreated(), s.relationshipsCreated(), s.nodesDeleted(), s.relationshipsDeleted());
        }
    }
}
