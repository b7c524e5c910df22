package org.khabar.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** One thing to read: a file, or standard input ({@code -}). */
record Input(String name, Path path, InputStream stdin) {

    static Input file(Path p) { return new Input(p.toString(), p, null); }

    static Input stdin(InputStream in) { return new Input("-", null, in); }

    boolean isStdin() { return path == null; }

    /** The file name in lower case (root locale), or "-" for standard input. */
    String lowerName() {
        return isStdin() ? "-" : String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT);
    }

    InputStream open() throws IOException {
        if (!isStdin()) {
            // a channel stream asks a pipe for its position ("Illegal seek"); FileInputStream does not
            return Files.isRegularFile(path) ? Files.newInputStream(path) : new java.io.FileInputStream(path.toFile());
        }
        return new java.io.FilterInputStream(stdin) {
            @Override
            public void close() {
                // standard input belongs to the process, not to this reader
            }
        };
    }
}
