package vn.langnghe.common;

import java.text.Normalizer;

/**
 * Text as it is stored: Unicode NFC, so a name typed with combining marks ("o" + U+0301) and one typed
 * precomposed ("ó") are the same bytes and compare equal. Folding diacritics away is for search only.
 */
public final class Names {

    private Names() {
    }

    /** The text in NFC; null stays null. */
    public static String nfc(String text) {
        return text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** The text in NFC without surrounding white space; null gives "". */
    public static String normalised(String text) {
        return text == null ? "" : nfc(text).strip();
    }
}
