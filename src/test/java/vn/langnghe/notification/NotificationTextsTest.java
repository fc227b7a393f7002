package vn.langnghe.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.langnghe.dossier.DossierProgressed;
import vn.langnghe.workflow.Step;

/**
 * Every kind of notification the code can write has its text in both languages: the test walks the enums
 * the keys are made from, so a new step or dossier event without a text fails here, not on a user's screen.
 */
class NotificationTextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void everyStepAndDossierEventHasItsText(String language) throws IOException {
        Properties texts = new Properties();
        try (Reader reader = new InputStreamReader(
                getClass().getResourceAsStream("/messages_" + language + ".properties"), StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        Stream<String> keys = Stream.concat(
                Stream.of(Step.values()).flatMap(step -> Stream.of("notification.task.arrived." + step.name(),
                        "notification.task.escalated." + step.name())),
                Stream.of(DossierProgressed.Kind.values()).map(kind -> "notification.dossier." + kind.name()));
        keys.forEach(key -> {
            assertThat(texts.getProperty(key)).as(key + " in " + language).isNotBlank();
            String shown = new MessageFormat(texts.getProperty(key), Locale.forLanguageTag(language))
                    .format(new Object[] {"12", "lý do", "01/02/2026"});
            assertThat(shown).as(key).doesNotContain("null", "{");
        });
    }
}
