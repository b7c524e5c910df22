package org.khabar.article;

import java.io.IOException;

/** Reads the results of one input, one at a time. */
abstract class Reader {
    /** The next result, or null when this input is exhausted. */
    abstract ReadResult read() throws IOException;

    void close() throws IOException {}

    /** A reader of exactly one result. */
    static Reader of(ReadResult r) {
        return new Reader() {
            private boolean done;

            @Override
            ReadResult read() {
                if (done) return null;
                done = true;
                return r;
            }
        };
    }
}
