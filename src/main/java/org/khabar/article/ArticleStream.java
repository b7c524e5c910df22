package org.khabar.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The articles of some inputs, read lazily one at a time, in input order. Iterate it once, then
 * close it (closing releases the open file; it is safe to close early).
 *
 * <pre>{@code
 * try (ArticleStream s = Articles.open(List.of("corpus.jsonl.gz"), ReadOptions.defaults())) {
 *     s.stream().filter(r -> r instanceof ReadResult.Ok).count();
 * }
 * }</pre>
 *
 * Not thread-safe: one consumer reads it.
 */
public final class ArticleStream implements AutoCloseable, Iterable<ReadResult> {
    private final InputWalker inputs;
    private final ReadOptions options;
    private final LongSupplier sizeOfInputs;
    private final AtomicLong consumed = new AtomicLong();
    private long bytesTotal = -2; // -2: not measured yet
    private Reader current;
    private String currentName;
    private ReadResult next;
    private boolean stopped;
    private boolean iterated;
    private long ok;
    private long failed;

    ArticleStream(InputWalker inputs, ReadOptions options, LongSupplier sizeOfInputs) {
        this.inputs = inputs;
        this.options = options;
        this.sizeOfInputs = sizeOfInputs;
    }

    /** The results, once: a second call throws {@link IllegalStateException}. */
    @Override
    public Iterator<ReadResult> iterator() {
        if (iterated) throw new IllegalStateException("an ArticleStream can be iterated only once; open the inputs again");
        iterated = true;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return advance();
            }

            @Override
            public ReadResult next() {
                if (!advance()) throw new NoSuchElementException();
                ReadResult r = next;
                next = null;
                return r;
            }
        };
    }

    /** The results as a sequential stream (once). */
    public Stream<ReadResult> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Articles read so far. */
    public long okCount() { return ok; }

    /** Failures so far. */
    public long failedCount() { return failed; }

    /**
     * Bytes consumed from the inputs so far, as stored (compressed bytes of a {@code .gz}); runs a
     * little ahead of the articles handed out, by what the readers buffer.
     */
    public long bytesRead() { return consumed.get(); }

    /**
     * The total size of the inputs in bytes, measured on the first call (directories are walked
     * once more); -1 when unknown in advance: standard input or a pipe.
     */
    public long bytesTotal() {
        if (bytesTotal == -2) bytesTotal = sizeOfInputs.getAsLong();
        return bytesTotal;
    }

    /** True when the inputs include standard input. */
    public boolean readsStandardInput() { return inputs.readsStandardInput(); }

    private boolean advance() {
        if (next != null) return true;
        if (stopped) return false;
        ReadResult r = pull();
        if (r == null) {
            stopped = true;
            return false;
        }
        if (r instanceof ReadResult.Failed) {
            failed++;
            if (options.failFast()) {
                stopped = true;
                closeCurrent();
            }
        } else {
            ok++;
        }
        next = r;
        return true;
    }

    private ReadResult pull() {
        while (true) {
            if (current != null) {
                try {
                    ReadResult r = current.read();
                    if (r != null) return r;
                    closeCurrent();
                } catch (IOException | RuntimeException e) {
                    closeCurrent();
                    return new ReadResult.Failed(currentName, 0, "cannot read: " + describe(e));
                }
                continue;
            }
            if (!inputs.hasNext()) return null;
            Object item = inputs.next();
            if (item instanceof ReadResult.Failed f) return f;
            Input in = (Input) item;
            currentName = in.name();
            try {
                current = Articles.reader(in, options, consumed);
            } catch (IOException | RuntimeException e) {
                return new ReadResult.Failed(in.name(), 0, "cannot read: " + describe(e));
            }
        }
    }

    private static String describe(Exception e) {
        Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    private void closeCurrent() {
        if (current == null) return;
        try {
            current.close();
        } catch (IOException e) {
            // nothing was written; a failed close of an input loses nothing
        } finally {
            current = null;
        }
    }

    @Override
    public void close() {
        stopped = true;
        next = null;
        closeCurrent();
    }
}
