package vn.langnghe;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

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
    void asksNothingOfTheDemoRun() {
        assertThatCode(() -> check.postProcessEnvironment(new MockEnvironment(), new SpringApplication()))
                .doesNotThrowAnyException();
    }
}
