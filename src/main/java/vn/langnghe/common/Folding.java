package vn.langnghe.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text without diacritics or case, for search: "Lạc Sơn" and "lac son" fold alike, and so do
 * "Đông" and "dong" (đ is a letter of its own, not d with a mark, so Unicode decomposition keeps it). The
 * result is plain ASCII: any other letter or sign that is left ("–", "“") becomes "?", the same way on both
 * sides of a search, so the registry stores its search text in a one-byte column that compares fast.
 */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_ASCII = Pattern.compile("[^\\x00-\\x7F]");

    private Folding() {
    }

    /** The folded text; null and blank give "". */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        String spaced = SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return NOT_ASCII.matcher(spaced).replaceAll("?");
    }
}
