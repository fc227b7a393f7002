package vn.langnghe.documents.pdf;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Shared text helpers: NFC normalisation, Vietnamese casing and the names of administrative
 * units ("tỉnh Phú Thọ", "thành phố Hà Nội", "xã Chiềng Châu") used by all three documents.
 */
final class TextKit {

    /** Vietnamese locale for case conversion. */
    static final Locale VI = Locale.forLanguageTag("vi");

    /** Centrally run cities after the 2025 reform: their unit word is "thành phố", not "tỉnh". */
    private static final Set<String> CITIES = Set.of(
        "Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế");

    /** Prefixes that already name a commune-level unit. */
    private static final String[] COMMUNE_UNITS = {"xã ", "phường ", "đặc khu ", "thị trấn "};

    private TextKit() {
    }

    /** NFC form of the text; {@code null} becomes the empty string. */
    static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Upper case with the Vietnamese locale, NFC. */
    static String upper(String text) {
        return nfc(nfc(text).toUpperCase(VI));
    }

    /** First letter upper-cased (Vietnamese locale), the rest untouched. */
    static String capitalizeFirst(String text) {
        String t = nfc(text);
        if (t.isEmpty()) {
            return t;
        }
        int first = t.offsetByCodePoints(0, 1);
        return t.substring(0, first).toUpperCase(VI) + t.substring(first);
    }

    /** "tỉnh" or "thành phố" for a province-level unit given by its bare name. */
    static String provinceUnitWord(String province) {
        return CITIES.contains(nfc(province).trim()) ? "thành phố" : "tỉnh";
    }

    /** The province with its unit word, lower-case unit: "tỉnh Phú Thọ". */
    static String provinceWithUnit(String province) {
        return provinceUnitWord(province) + " " + nfc(province).trim();
    }

    /**
     * The commune with its unit word: "xã Chiềng Châu"; a commune given without a unit word
     * ("Chiềng Châu") is taken to be a "xã".
     */
    static String communeWithUnit(String commune) {
        String c = nfc(commune).trim();
        String lower = c.toLowerCase(VI);
        for (String unit : COMMUNE_UNITS) {
            if (lower.startsWith(unit)) {
                return unit + c.substring(unit.length());
            }
        }
        return "xã " + c;
    }
}
