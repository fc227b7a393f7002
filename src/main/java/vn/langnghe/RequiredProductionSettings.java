package vn.langnghe;

import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * A database server named by {@code DB_URL} is used only in the production profile (the demo run and its demo
 * accounts live on the embedded database alone), so DB_URL without the profile refuses to start.
 * In the production profile no secret has a default: without them the application refuses to start and
 * says which environment variables to set, instead of failing later deep inside the connection pool.
 */
public class RequiredProductionSettings implements EnvironmentPostProcessor {

    private static final Map<String, String> REQUIRED = Map.of(
            "DB_URL", "the MariaDB server, e.g. jdbc:mariadb://db.example:3306/langnghe",
            "DB_USER", "the database user",
            "DB_PASSWORD", "the database user's password",
            "ADMIN_USERNAME", "the first administrator's username",
            "ADMIN_PASSWORD", "the first administrator's password");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            if (!environment.getProperty("DB_URL", "").isBlank()) {
                // Without the profile the server would be ignored for the embedded demo database.
                throw new IllegalStateException("DB_URL names a database server: start with the production profile "
                        + "(SPRING_PROFILES_ACTIVE=prod), or unset DB_URL for the demo run on the embedded database");
            }
            return;
        }
        List<String> missing = REQUIRED.keySet().stream().sorted()
                .filter(name -> environment.getProperty(name, "").isBlank()).toList();
        if (!missing.isEmpty()) {
            StringBuilder message = new StringBuilder("The production profile needs these environment variables: ");
            missing.forEach(name -> message.append("\n  ").append(name).append(" – ").append(REQUIRED.get(name)));
            throw new IllegalStateException(message.toString());
        }
    }
}
