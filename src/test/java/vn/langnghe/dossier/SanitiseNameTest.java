package vn.langnghe.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SanitiseNameTest {

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of("../../etc/passwd", "passwd"),
                Arguments.of("C:\\Users\\x\\Danh sách hộ.pdf", "Danh sách hộ.pdf"),
                Arguments.of("<script>.pdf", "_script_.pdf"),
                Arguments.of("Bản Lác (2024)_v2-final.docx", "Bản Lác (2024)_v2-final.docx"),
                Arguments.of("a   b___c.pdf", "a b_c.pdf"),
                Arguments.of("a?*:|\"b.pdf", "a_b.pdf"),
                Arguments.of(".htaccess", "htaccess"),
                Arguments.of(" .. hidden.pdf ", "hidden.pdf"),
                Arguments.of("report.pdf...", "report.pdf"),
                Arguments.of("北京 報告.pdf", "北京 報告.pdf"));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void cleansNames(String original, String expected) {
        assertThat(AttachmentFiles.sanitiseName(original)).isEqualTo(expected);
    }

    @Test
    void normalisesToNfcSoDecomposedVietnameseSurvives() {
        String decomposed = Normalizer.normalize("Bản Lác.pdf", Normalizer.Form.NFD);
        assertThat(decomposed).hasSizeGreaterThan("Bản Lác.pdf".length());

        assertThat(AttachmentFiles.sanitiseName(decomposed)).isEqualTo("Bản Lác.pdf");
    }

    @Test
    void dropsControlAndFormatCharacters() {
        // U+202E (right-to-left override) would make "hồ sơ\u202Efdp.exe" display as "hồ sơexe.pdf"
        assertThat(AttachmentFiles.sanitiseName("hồ\u0000 sơ\u0007\u200B\u202Efdp.exe")).isEqualTo("hồ sơfdp.exe");
        assertThat(AttachmentFiles.sanitiseName("a\tb\r\nc.pdf")).isEqualTo("abc.pdf");
    }

    @Test
    void cutsLongNamesTo150CharactersKeepingTheExtension() {
        String cut = AttachmentFiles.sanitiseName("Đơn đề nghị ".repeat(40) + ".docx");

        assertThat(cut).hasSizeLessThanOrEqualTo(150).endsWith(".docx").startsWith("Đơn đề nghị Đơn");
        assertThat(AttachmentFiles.sanitiseName("a".repeat(150))).hasSize(150);
    }

    @Test
    void doesNotSplitASurrogatePairWhenCutting() {
        String name = "a".repeat(145) + "\uD840\uDC00" + "b.pdf";   // a supplementary CJK letter straddles the cut

        String cut = AttachmentFiles.sanitiseName(name);

        assertThat(cut).isEqualTo("a".repeat(145) + ".pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../", "...", "\u0000", "", "   ", "/", "..\\..\\", "\u200B\u202E"})
    void refusesNamesWithNothingLeft(String name) {
        assertThatThrownBy(() -> AttachmentFiles.sanitiseName(name))
                .isInstanceOfSatisfying(RejectedFileException.class,
                        e -> assertThat(e.reason()).isEqualTo(FileRejection.INVALID_NAME));
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> AttachmentFiles.sanitiseName(null))
                .isInstanceOf(RejectedFileException.class);
    }
}
