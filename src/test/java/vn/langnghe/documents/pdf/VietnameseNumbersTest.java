package vn.langnghe.documents.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseNumbersTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "0 | không",
        "1 | một",
        "4 | bốn",
        "5 | năm",
        "10 | mười",
        "11 | mười một",
        "14 | mười bốn",
        "15 | mười lăm",
        "20 | hai mươi",
        "21 | hai mươi mốt",
        "24 | hai mươi bốn",
        "25 | hai mươi lăm",
        "55 | năm mươi lăm",
        "100 | một trăm",
        "101 | một trăm linh một",
        "105 | một trăm linh năm",
        "110 | một trăm mười",
        "111 | một trăm mười một",
        "115 | một trăm mười lăm",
        "121 | một trăm hai mươi mốt",
        "1000 | một nghìn",
        "1005 | một nghìn không trăm linh năm",
        "1015 | một nghìn không trăm mười lăm",
        "1100 | một nghìn một trăm",
        "2021 | hai nghìn không trăm hai mươi mốt",
        "10000 | mười nghìn",
        "15000 | mười lăm nghìn",
        "21000 | hai mươi mốt nghìn",
        "105000 | một trăm linh năm nghìn",
        "1000005 | một triệu không trăm linh năm",
        "1001000 | một triệu không trăm linh một nghìn",
        "50000000 | năm mươi triệu",
        "100000000 | một trăm triệu",
        "1000000000 | một tỷ",
        "1000000001 | một tỷ không trăm linh một",
        "2500000000 | hai tỷ năm trăm triệu",
        "123456789012 | một trăm hai mươi ba tỷ bốn trăm năm mươi sáu triệu bảy trăm tám mươi chín nghìn không trăm mười hai",
        "999999999999 | chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín",
    })
    void readsNumbersInWords(long value, String expected) {
        String nfc = Normalizer.normalize(expected, Normalizer.Form.NFC);
        String actual = VietnameseNumbers.inWords(value);
        assertEquals(nfc, actual);
        assertTrue(Normalizer.isNormalized(actual, Normalizer.Form.NFC));
    }

    @Test
    void rejectsOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> VietnameseNumbers.inWords(-1));
        assertThrows(IllegalArgumentException.class, () -> VietnameseNumbers.inWords(1_000_000_000_000L));
    }

    @Test
    void writesAmountsForTheBangChuClause() {
        assertEquals("Năm mươi triệu đồng", VietnameseNumbers.amountInWords(50_000_000L));
        assertEquals("Không đồng", VietnameseNumbers.amountInWords(0));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "0 | 0", "5 | 5", "999 | 999", "1000 | 1.000", "1005 | 1.005", "50000000 | 50.000.000",
        "123456789012 | 123.456.789.012", "-1300 | -1.300"})
    void groupsDigitsWithDots(long value, String expected) {
        assertEquals(expected, VietnameseNumbers.grouped(value));
    }
}
