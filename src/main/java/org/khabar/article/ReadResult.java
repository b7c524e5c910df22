package org.khabar.article;

import java.util.List;
import java.util.Objects;

/**
 * One item of an {@link ArticleStream}: an article that was read, or an input that could not be.
 *
 * <pre>{@code
 * if (r instanceof ReadResult.Ok ok) use(ok.article());
 * else if (r instanceof ReadResult.Failed f) System.err.println("khabar: " + f.where() + ": " + f.message());
 * }</pre>
 */
public sealed interface ReadResult permits ReadResult.Ok, ReadResult.Failed {

    /** The file path (or {@code -} for standard input) this result came from. */
    String source();

    /**
     * An article that was read.
     *
     * @param article  the article
     * @param warnings things worth telling the user that did not stop the read, e.g.
     *                 {@link #NOT_ARABIC}, {@link #WINDOWS_1256}; empty when all is well
     */
    record Ok(Article article, List<String> warnings) implements ReadResult {
        /** Warning: the text has few or no Arabic letters; extraction will find little. */
        public static final String NOT_ARABIC = "little or no Arabic text";
        /** Warning: the bytes were not UTF-8 and were decoded as Windows-1256. */
        public static final String WINDOWS_1256 = "decoded as Windows-1256";
        /** Warning: a JSON string held unpaired surrogate escapes; each became U+FFFD (offsets unchanged). */
        public static final String LONE_SURROGATE = "unpaired surrogate escapes replaced by U+FFFD";
        /** Warning prefix: the published date could not be understood and was dropped. */
        public static final String BAD_DATE = "unrecognized date";

        public Ok {
            Objects.requireNonNull(article, "article");
            warnings = List.copyOf(warnings);
        }

        public Ok(Article article) {
            this(article, List.of());
        }

        @Override
        public String source() {
            return article.source();
        }

        public boolean hasWarnings() {
            return !warnings.isEmpty();
        }
    }

    /**
     * An input (a file, or one line of a JSONL file) that could not be read.
     *
     * @param source  the file path, or {@code -} for standard input
     * @param line    1-based line for JSONL/JSON inputs, 0 otherwise
     * @param message what went wrong, for a person
     */
    record Failed(String source, long line, String message) implements ReadResult {
        public Failed {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(message, "message");
        }

        /** {@code FILE} or {@code FILE:LINE}, as used in messages. */
        public String where() {
            return line > 0 ? source + ":" + line : source;
        }

        @Override
        public String toString() {
            return where() + ": " + message;
        }
    }
}
