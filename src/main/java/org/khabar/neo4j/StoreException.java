package org.khabar.neo4j;

/** A Neo4j store cannot be reached or used; the message says what to check. Keeps its cause. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
