package vn.langnghe.common;

/**
 * What people type is plain text: no control or invisible formatting characters, which would corrupt the
 * printed documents and can hide text. A multi-line text (an opinion, a reason) may contain line breaks and tabs.
 */
public final class PlainText {

    private PlainText() {
    }

    public static boolean isClean(String text, boolean multiline) {
        return text == null || text.codePoints().noneMatch(c -> !(multiline && (c == '\n' || c == '\r' || c == '\t'))
                && (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT));
    }
}
