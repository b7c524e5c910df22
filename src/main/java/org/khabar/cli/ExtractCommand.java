package org.khabar.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.khabar.article.Article;
import org.khabar.extract.Extractor;
import org.khabar.graph.GraphJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code khabar extract FILE… [--format json] [-o OUT]}: the extraction contract JSON. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extracts entities, statements and meetings from articles and prints them as JSON.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files (UTF-8 text).")
    List<Path> files;

    @Option(names = "--format", defaultValue = "json", description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to OUT instead of standard output.")
    Path output;

    enum Format { json }

    @Override
    public Integer call() throws IOException {
        List<Article> articles = new ArrayList<>();
        for (Path f : files) articles.add(read(f));
        if (output == null) {
            write(articles, System.out);
            System.out.flush();
        } else {
            Path parent = output.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, ".khabar-", ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    write(articles, out);
                }
                Files.move(tmp, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
        return 0;
    }

    private static void write(List<Article> articles, OutputStream out) {
        OutputStream keepOpen = new java.io.FilterOutputStream(out) {
            @Override public void close() throws IOException { flush(); }
        };
        try (GraphJson json = GraphJson.open(keepOpen, articles.size() != 1)) {
            for (Article a : articles) json.accept(Extractor.standard().extract(a));
        }
    }

    private static Article read(Path f) {
        try {
            byte[] bytes = Files.readAllBytes(f);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            return Article.of(f.toString(), text);
        } catch (CharacterCodingException e) {
            throw new UncheckedIOException(f + ": not valid UTF-8 text (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException(f + ": cannot read (" + e + ")", e);
        }
    }
}
