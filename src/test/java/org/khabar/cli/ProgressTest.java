package org.khabar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Progress lines under a clock the test moves by hand: no sleeping, no timing. */
class ProgressTest {
    static final long SECOND = 1_000_000_000L;

    /** A clock that stands still until moved. */
    static final class Clock {
        long now = 1_000 * SECOND;

        long get() { return now; }

        void advance(double seconds) { now += Math.round(seconds * SECOND); }
    }

    /** An input of a fixed size (or -1) whose bytes read the test sets. */
    static final class FakeInput implements Progress.Input {
        final long total;
        final boolean stdin;
        long read;

        FakeInput(long total, boolean stdin) {
            this.total = total;
            this.stdin = stdin;
        }

        @Override public long bytesRead() { return read; }

        @Override public long bytesTotal() { return total; }

        @Override public boolean standardInput() { return stdin; }
    }

    final Clock clock = new Clock();
    final StringWriter log = new StringWriter();

    Progress progress(boolean terminal, boolean quiet, int logSeconds) {
        return new Progress(new PrintWriter(log), terminal, quiet, logSeconds, clock::get);
    }

    @Test
    void theShareOfInputBytesReadGivesPercentAndEta() {
        FakeInput in = new FakeInput(40_000_000, false);
        Progress p = progress(false, false, 10).tracking(in);
        clock.advance(30);
        in.read = 10_000_000; // a quarter in 30 s: three quarters to go take 90 s
        assertThat(p.line(500, 2, clock.get()))
                .isEqualTo("500 articles, 2 failed, 16.7 articles/s, 0:30 elapsed, 25% of 40.0 MB, ETA 1:30");
        clock.advance(3_570);
        in.read = 39_000_000;
        assertThat(p.line(60_000, 0, clock.get())).endsWith("1:00:00 elapsed, 97% of 40.0 MB, ETA 1:32");
    }

    @Test
    void noEtaBeforeTheFirstByteNorAfterTheLast() {
        FakeInput in = new FakeInput(5_000, false);
        Progress p = progress(false, false, 10).tracking(in);
        clock.advance(2);
        assertThat(p.line(0, 0, clock.get())).endsWith("0% of 5 kB").doesNotContain("ETA");
        in.read = 5_000;
        assertThat(p.line(7, 0, clock.get())).endsWith("100% of 5 kB").doesNotContain("ETA");
    }

    @Test
    void standardInputHasNoEtaAndTheLineSaysWhy() {
        Progress p = progress(false, false, 10).tracking(new FakeInput(-1, true));
        clock.advance(4);
        assertThat(p.line(8, 0, clock.get())).isEqualTo("8 articles, 2.0 articles/s, 0:04 elapsed, no ETA (standard input has no size)");
        Progress pipe = progress(false, false, 10).tracking(new FakeInput(-1, false));
        assertThat(pipe.line(8, 0, clock.get())).endsWith("no ETA (input size unknown)");
    }

    @Test
    void withoutATerminalItLogsAWholeLineEveryIntervalAndNothingWhenQuiet() {
        FakeInput in = new FakeInput(1_000_000, false);
        Progress p = progress(false, false, 10).tracking(in);
        clock.advance(9);
        p.update(3, 0);
        assertThat(log.toString()).isEmpty();
        clock.advance(1);
        in.read = 500_000;
        p.update(4, 0);
        clock.advance(5);
        p.update(5, 0);
        p.finish();
        assertThat(log.toString()).isEqualTo("khabar: 4 articles, 0.4 articles/s, 0:10 elapsed, 50% of 1.0 MB, ETA 0:10"
                + System.lineSeparator()).doesNotContain("\r");

        StringWriter none = new StringWriter();
        Progress q = new Progress(new PrintWriter(none), false, true, 0, clock::get);
        clock.advance(60);
        q.update(3, 0);
        q.finish();
        assertThat(none.toString()).isEmpty();
    }

    @Test
    void onATerminalItRedrawsOneLine() {
        Progress p = progress(true, false, 10);
        clock.advance(0.1);
        p.update(6, 0);
        assertThat(log.toString()).isEmpty(); // redrawn at most every 250 ms
        clock.advance(0.2);
        p.update(7, 0);
        p.finish();
        assertThat(log.toString()).startsWith("\r7 articles").endsWith(System.lineSeparator());
    }

    @Test
    void aMessageWipesTheDrawnLineAndTheNextUpdateDrawsItAgain() {
        Progress p = progress(true, false, 10);
        clock.advance(1);
        p.update(7, 0);
        p.message("khabar: Neo4j is unavailable; retrying 200 articles in 1 s");
        p.update(8, 0); // at once, not 250 ms later: the line is gone
        p.finish();
        String nl = System.lineSeparator();
        String drawn = "\r7 articles, 7.0 articles/s, 0:01 elapsed   ";
        assertThat(log.toString()).isEqualTo(drawn + "\r" + " ".repeat(drawn.length() - 1) + "\r"
                + "khabar: Neo4j is unavailable; retrying 200 articles in 1 s" + nl
                + "\r8 articles, 8.0 articles/s, 0:01 elapsed   " + nl);
    }

    @Test
    void withoutADrawnLineAMessageIsJustALine() {
        Progress p = progress(false, false, 10);
        p.message("khabar: a.txt: warning: empty");
        assertThat(log.toString()).isEqualTo("khabar: a.txt: warning: empty" + System.lineSeparator());
    }
}
