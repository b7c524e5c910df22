package org.khabar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void aLineSaysCountRateAndEtaWhenTheTotalIsKnown() {
        Progress p = new Progress(new PrintWriter(new StringWriter()), false, false, 100, 10);
        long tenSecondsLater = System.nanoTime() + 10_000_000_000L;
        String line = p.line(50, 2, tenSecondsLater);
        assertThat(line).startsWith("50 articles of 100, 2 failed, ").contains("articles/s").contains("ETA 0:1");
    }

    @Test
    void withoutATerminalItLogsWholeLinesAndNothingWhenQuiet() throws Exception {
        StringWriter log = new StringWriter();
        Progress p = new Progress(new PrintWriter(log), false, false, -1, 0);
        Thread.sleep(5);
        p.update(3, 0);
        p.finish();
        assertThat(log.toString()).startsWith("khabar: 3 articles, ").endsWith(System.lineSeparator()).doesNotContain("\r");

        StringWriter none = new StringWriter();
        Progress q = new Progress(new PrintWriter(none), false, true, -1, 0);
        q.update(3, 0);
        q.finish();
        assertThat(none.toString()).isEmpty();
    }

    @Test
    void onATerminalItRedrawsOneLine() throws Exception {
        StringWriter tty = new StringWriter();
        Progress p = new Progress(new PrintWriter(tty), true, false, -1, 0);
        Thread.sleep(300);
        p.update(7, 0);
        p.finish();
        assertThat(tty.toString()).startsWith("\r7 articles").endsWith(System.lineSeparator());
    }
}
