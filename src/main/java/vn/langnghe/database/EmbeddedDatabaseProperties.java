package vn.langnghe.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded server.
 *
 * @param directory where binaries and data live; the demo run keeps its data there across restarts
 * @param database  the schema the application uses
 * @param fresh     true to delete the folder first (tests start from an empty database)
 */
@ConfigurationProperties("langnghe.db.embedded")
public record EmbeddedDatabaseProperties(Path directory, String database, boolean fresh) {

    public EmbeddedDatabaseProperties {
        if (directory == null) {
            directory = Path.of("data", "mariadb");
        }
        if (database == null) {
            database = "langnghe";
        }
    }
}
