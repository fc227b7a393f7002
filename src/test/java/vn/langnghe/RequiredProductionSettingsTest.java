package vn.langnghe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.annotation.Conditional;
import org.springframework.mock.env.MockEnvironment;
import vn.langnghe.database.EmbeddedDemoDatabase;

class RequiredProductionSettingsTest {

    private final RequiredProductionSettings check = new RequiredProductionSettings();

    @Test
    void refusesToStartInProductionWithoutItsSecretsAndNamesThem() {
        MockEnvironment environment = new MockEnvironment().withProperty("DB_URL", "jdbc:mariadb://db/langnghe")
                .withProperty("DB_USER", "langnghe");
        environment.setActiveProfiles("prod");

        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageContaining("ADMIN_PASSWORD").hasMessageContaining("ADMIN_USERNAME")
                .hasMessageContaining("DB_PASSWORD").hasMessageNotContaining("DB_URL –");
    }

    @Test
    void aServerNamedWithoutTheProductionProfileRefusesToStart() {
        MockEnvironment environment = new MockEnvironment().withProperty("DB_URL", "jdbc:mariadb://db/langnghe");

        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageContaining("SPRING_PROFILES_ACTIVE=prod");
    }

    @Test
    void demoAccountsAndDataExistOnlyOnTheEmbeddedDemoDatabase() throws ClassNotFoundException {
        assertThat(EmbeddedDemoDatabase.applies(new MockEnvironment())).isTrue();
        assertThat(EmbeddedDemoDatabase.applies(new MockEnvironment().withProperty("DB_URL", "jdbc:mariadb://db/x")))
                .isFalse();
        assertThat(EmbeddedDemoDatabase.applies(
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:mariadb://db/x"))).isFalse();
        MockEnvironment production = new MockEnvironment();
        production.setActiveProfiles("prod");
        assertThat(EmbeddedDemoDatabase.applies(production)).isFalse();
        for (String demo : new String[] {"vn.langnghe.identity.DemoUsers", "vn.langnghe.village.DemoRegistry",
                "vn.langnghe.database.EmbeddedDatabaseConfiguration"}) {
            assertThat(Class.forName(demo).getAnnotation(Conditional.class).value()).as(demo)
                    .containsExactly(EmbeddedDemoDatabase.class);
        }
    }

    @Test
    void asksNothingOfTheDemoRun() {
        assertThatCode(() -> check.postProcessEnvironment(new MockEnvironment(), new SpringApplication()))
                .doesNotThrowAnyException();
    }
}
