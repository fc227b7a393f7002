package vn.langnghe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every UI text exists in Vietnamese and in English, and every key the code asks for exists. */
class I18nBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");

    static Stream<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(RESOURCES)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("_vi.properties"))
                    .map(n -> n.substring(0, n.length() - "_vi.properties".length())).toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void vietnameseAndEnglishHaveTheSameKeys(String bundle) {
        Set<String> vietnamese = keys(bundle + "_vi.properties");
        Set<String> english = keys(bundle + "_en.properties");
        assertThat(vietnamese).as("keys missing in English").isSubsetOf(english);
        assertThat(english).as("keys missing in Vietnamese").isSubsetOf(vietnamese);
        assertThat(vietnamese).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void noTextIsEmpty(String bundle) {
        for (String language : new String[] {"_vi", "_en"}) {
            Properties properties = load(bundle + language + ".properties");
            assertThat(properties.stringPropertyNames())
                    .as("empty texts in " + bundle + language)
                    .allSatisfy(key -> assertThat(properties.getProperty(key)).isNotBlank());
        }
    }

    /**
     * A literal like {@code "menu.inbox"} whose first part is a bundle's prefix must be a key of some
     * bundle (screens look keys up in all of them).
     */
    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> keys = bundles().flatMap(bundle -> keys(bundle + "_vi.properties").stream())
                .collect(Collectors.toSet());
        Set<String> prefixes = keys.stream().map(k -> k.substring(0, k.indexOf('.') + 1)).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_LITERAL.matcher(Files.readString(source));
                while (matcher.find()) {
                    String literal = matcher.group(1);
                    if (prefixes.stream().anyMatch(literal::startsWith) && !keys.contains(literal)) {
                        missing.add(literal + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("keys used in code but missing from every bundle").isEmpty();
    }

    private static Set<String> keys(String file) {
        return new TreeSet<>(load(file).stringPropertyNames());
    }

    private static Properties load(String file) {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(RESOURCES.resolve(file));
                Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
