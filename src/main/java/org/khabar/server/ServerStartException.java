package org.khabar.server;

import java.net.BindException;
import java.nio.file.Path;

/** The embedded server did not start; the message says what to check. Keeps its cause. */
public class ServerStartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ServerStartException(String message, Throwable cause) {
        super(message, cause);
    }

    static ServerStartException from(RuntimeException e, ServerConfig config, Path home) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            String cls = t.getClass().getSimpleName();
            if (cls.contains("FileLock") || m.contains("locked by another process") || m.contains("Lock file has been locked")) {
                return new StoreLockedException(home, e);
            }
            if (t instanceof BindException || m.contains("Address already in use") || cls.contains("PortBind")) {
                return new ServerStartException("cannot start Neo4j: port " + config.boltPort() + " (Bolt) or "
                        + config.httpPort() + " (HTTP) on " + ServerConfig.HOST
                        + " is already in use; stop what uses it or choose --bolt-port/--http-port", e);
            }
        }
        return new ServerStartException("cannot start Neo4j on " + home + ": " + e.getMessage()
                + " (see " + home.resolve("logs") + ")", e);
    }

    /** Another process has the store open. */
    public static final class StoreLockedException extends ServerStartException {
        private static final long serialVersionUID = 1L;

        StoreLockedException(Path home, Throwable cause) {
            super("the store " + home + " is in use by another process; stop it, or run `khabar serve`"
                    + " on that store so that other commands talk to it", cause);
        }
    }
}
