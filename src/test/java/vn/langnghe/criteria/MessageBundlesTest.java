package vn.langnghe.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both languages have every text, and every text is a usable pattern. */
class MessageBundlesTest {

    private static Properties bundle(String language) throws IOException {
        String name = "/criteria-messages_" + language + ".properties";
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        Properties vietnamese = bundle("vi");
        Properties english = bundle("en");

        assertThat(vietnamese.stringPropertyNames()).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void everyTextIsAValidPatternWithoutStrayQuotes(String language) throws IOException {
        Properties texts = bundle(language);

        texts.stringPropertyNames().forEach(key -> {
            String text = texts.getProperty(key);
            assertThat(text).as(key).isNotBlank().doesNotContain("'");
            assertThatCode(() -> new MessageFormat(text)).as(key).doesNotThrowAnyException();
        });
    }

    @Test
    void vietnameseIsReadAsUtf8WithItsDiacritics() {
        Messages messages = Messages.forLocale(Dossier.VIETNAMESE);

        assertThat(messages.text("value.judgement.failed")).isEqualTo("Không đạt");
        assertThat(messages.text("requirement.V3")).isEqualTo("Đáp ứng các điều kiện bảo vệ môi trường làng nghề");
    }
}
