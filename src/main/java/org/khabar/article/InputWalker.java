package org.khabar.article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.LinkOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;

/**
 * Expands the inputs lazily, in order: files as given, directories walked recursively with their
 * entries sorted by name (hidden entries and linked directories skipped, include patterns applied
 * to file names),
 * {@code -} as standard input. Missing inputs become {@link ReadResult.Failed}s.
 * Memory is bounded by the depth of the tree times the largest directory, never by the corpus.
 */
final class InputWalker implements Iterator<Object> {
    private final Iterator<String> inputs;
    private final List<PathMatcher> include;
    private final InputStream stdin;
    private final boolean readsStdin;
    private final Deque<Iterator<Path>> dirs = new ArrayDeque<>();
    private Object next;

    InputWalker(List<String> inputs, List<String> include, InputStream stdin) {
        this.inputs = List.copyOf(inputs).iterator();
        this.include = include.stream().map(p -> FileSystems.getDefault().getPathMatcher("glob:" + p)).toList();
        this.stdin = stdin;
        this.readsStdin = inputs.contains("-");
    }

    /** True when one of the inputs is standard input ({@code -}). */
    boolean readsStandardInput() { return readsStdin; }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (!dirs.isEmpty()) {
                Iterator<Path> it = dirs.peek();
                if (!it.hasNext()) { dirs.pop(); continue; }
                Path p = it.next();
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) enter(p); // linked directories could loop
                else if (Files.isRegularFile(p) && included(p)) next = Input.file(p);
                continue;
            }
            if (!inputs.hasNext()) return false;
            String in = inputs.next();
            if (in.equals("-")) { next = Input.stdin(stdin); continue; }
            Path p = Path.of(in);
            if (Files.isDirectory(p)) enter(p);
            else if (Files.exists(p)) next = Input.file(p); // also pipes such as <(zcat corpus.gz), read with the size limit
            else next = new ReadResult.Failed(in, 0, "no such file or directory");
        }
        return true;
    }

    /** An {@link Input} or a {@link ReadResult.Failed}. */
    @Override
    public Object next() {
        if (!hasNext()) throw new NoSuchElementException();
        Object n = next;
        next = null;
        return n;
    }

    /**
     * The total size in bytes of the files these inputs expand to (as stored: compressed for
     * {@code .gz}), or -1 when it cannot be known in advance: standard input, a pipe, an
     * unreadable size. Walks directories once more, with the same rules.
     */
    static long totalBytes(List<String> inputs, List<String> include) {
        InputWalker w = new InputWalker(inputs, include, InputStream.nullInputStream());
        long total = 0;
        while (w.hasNext()) {
            if (!(w.next() instanceof Input in)) continue; // a missing input adds nothing
            if (in.isStdin() || !Files.isRegularFile(in.path())) return -1;
            try {
                total += Files.size(in.path());
            } catch (IOException e) {
                return -1;
            }
        }
        return total;
    }

    private void enter(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> children = s.filter(c -> !c.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(c -> c.getFileName().toString()))
                    .toList();
            dirs.push(children.iterator());
        } catch (IOException | RuntimeException e) {
            next = new ReadResult.Failed(dir.toString(), 0, "cannot list the directory: " + e.getMessage());
        }
    }

    private boolean included(Path p) {
        Path name = p.getFileName();
        for (PathMatcher m : include) if (m.matches(name)) return true;
        return false;
    }
}
