package vn.langnghe.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FoldingTest {

    @ParameterizedTest
    @CsvSource({
            "Lạc Sơn, lac son",
            "LẠC  SƠN, lac son",
            "Đông Lai, dong lai",
            "đoàn kết, doan ket",
            "Xóm Chiềng Hạ, xom chieng ha",
            "Nà Phòn, na phon",
            "Thủy, thuy",
            "Xóm “Đá” – Ngõ 2, xom ?da? ? ngo 2"
    })
    void foldsDiacriticsCaseAndSpacing(String text, String folded) {
        assertThat(Folding.fold(text)).isEqualTo(folded);
    }

    @ParameterizedTest
    @CsvSource(value = {"null", "'   '"}, nullValues = "null")
    void nothingFoldsToEmpty(String text) {
        assertThat(Folding.fold(text)).isEmpty();
    }
}
