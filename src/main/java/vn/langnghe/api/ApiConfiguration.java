package vn.langnghe.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    /** Messages in Vietnamese unless the caller asks for English with Accept-Language. */
    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(VIETNAMESE, Locale.ENGLISH));
        resolver.setDefaultLocale(VIETNAMESE);
        return resolver;
    }

    /**
     * The same bundles the screens read. Declared here because Spring Boot only configures one when a
     * language-neutral {@code messages.properties} exists, and ours are all per language.
     */
    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages", "ValidationMessages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(VIETNAMESE);
        return source;
    }

    @Bean
    OpenAPI openApi() {
        return new OpenAPI()
                .info(new Info().title("Làng Nghề API").version("v1").description(
                        "Dossiers for the recognition of traditional crafts and craft villages (Decree 52/2018/NĐ-CP), "
                                + "and the registry of recognised villages with their yearly figures. "
                                + "HTTP Basic with the same users and permissions as the screens; "
                                + "the criteria pre-check and the open data (/api/v1/public/**) need no login. Errors: {\"errors\": [{\"field\", \"message\"}]}; "
                                + "messages in Vietnamese, or English with Accept-Language: en."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
