package vn.langnghe.common;

/**
 * What people type is plain text: no control or invisible formatting characters, which would corrupt the
 * printed documents and can hide text, no Unicode line or paragraph separators (U+2028, U+2029) and no lone
 * surrogate (which the database would store as "?"). A multi-line text (an opinion, a reason) may contain line
 * breaks and tabs.
 */
public final class PlainText {

    private PlainText() {
    }

    public static boolean isClean(String text, boolean multiline) {
        return text == null || text.codePoints().noneMatch(c -> !(multiline && (c == '\n' || c == '\r' || c == '\t'))
                && refused(c));
    }

    private static boolean refused(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
    }
}
