package org.khabar.article;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads {@code \n}-terminated lines as bytes, never holding more than {@code max} bytes of one
 * line: the rest of a longer line is skipped and the line reported as too long.
 */
final class LineReader {
    private final InputStream in;
    private final long max;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int len;
    private long lineNumber;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);

    /** One line: its bytes (without the line end), or null with {@code length} when it was too long. */
    record Line(long number, byte[] bytes, long length) {
        boolean tooLong() { return bytes == null; }
    }

    LineReader(InputStream in, long max) {
        this.in = in;
        this.max = max;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        line.reset();
        long length = 0;
        boolean sawAny = false;
        while (true) {
            if (pos == len) {
                len = in.read(buf);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    if (!sawAny) return null;
                    return finish(length);
                }
            }
            sawAny = true;
            int start = pos;
            while (pos < len && buf[pos] != '\n') pos++;
            int n = pos - start;
            if (length + n <= max) line.write(buf, start, n);
            length += n;
            if (pos < len) { // found '\n'
                pos++;
                return finish(length);
            }
        }
    }

    private Line finish(long length) {
        lineNumber++;
        if (length > max) {
            line.reset();
            return new Line(lineNumber, null, length);
        }
        byte[] b = line.toByteArray();
        int n = b.length;
        if (n > 0 && b[n - 1] == '\r') b = java.util.Arrays.copyOf(b, n - 1);
        if (line.size() > 1 << 20) line.reset();
        return new Line(lineNumber, b, length);
    }
}
