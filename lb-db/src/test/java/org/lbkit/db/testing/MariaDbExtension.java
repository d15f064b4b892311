package org.lbkit.db.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts one {@link MariaDbServer} for a test class, drops what each test created, and stops the
 * server after the class. Register it on a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final MariaDbExtension MARIADB = new MariaDbExtension();
 * }</pre>
 */
public final class MariaDbExtension implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

    private MariaDbServer server;

    /**
     * Returns the running server.
     *
     * @return the server
     * @throws IllegalStateException outside the test class's lifetime
     */
    public MariaDbServer server() {
        if (server == null) {
            throw new IllegalStateException("the MariaDB server runs only while the test class runs");
        }
        return server;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = new MariaDbServer().start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (server != null) {
            server.reset();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
