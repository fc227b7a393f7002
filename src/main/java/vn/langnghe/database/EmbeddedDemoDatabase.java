package vn.langnghe.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The demo run: outside the production profile and with no database server named (neither {@code DB_URL}
 * nor {@code spring.datasource.url}), the data lives in the embedded MariaDB. Only then do the demo
 * accounts (password {@code demo}) and the demo registry exist: a real server never gets them, whatever
 * the profiles say.
 */
public class EmbeddedDemoDatabase implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return applies(context.getEnvironment());
    }

    public static boolean applies(Environment environment) {
        return !environment.acceptsProfiles(Profiles.of("prod"))
                && environment.getProperty("DB_URL", "").isBlank()
                && environment.getProperty("spring.datasource.url", "").isBlank();
    }
}
