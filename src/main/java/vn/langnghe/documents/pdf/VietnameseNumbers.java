package vn.langnghe.documents.pdf;

/**
 * Vietnamese number helpers for administrative documents: amounts written in words
 * ("Bằng chữ") and digit grouping with a dot ({@code 50.000.000}).
 *
 * <p>The words follow the usual northern/administrative conventions:
 * <ul>
 *   <li>a zero tens digit before a non-zero unit is read "linh" (105 = "một trăm linh năm");</li>
 *   <li>a unit 1 after a tens digit of 2..9 is "mốt" (21 = "hai mươi mốt"), but "một" after "mười";</li>
 *   <li>a unit 5 after any tens digit is "lăm" (15 = "mười lăm", 25 = "hai mươi lăm");</li>
 *   <li>a unit 4 stays "bốn" (the colloquial "tư" is not used);</li>
 *   <li>group names are "nghìn", "triệu", "tỷ"; all-zero groups are skipped, and a non-leading group
 *       is read with its zero hundreds ("một nghìn không trăm linh năm").</li>
 * </ul>
 */
public final class VietnameseNumbers {

    /** Largest value accepted by {@link #inWords(long)}. */
    public static final long MAX = 999_999_999_999L;

    private static final String[] DIGITS = {
        "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"
    };
    /** Group names from the lowest group up: units, thousands, millions, billions. */
    private static final String[] GROUPS = {"", "nghìn", "triệu", "tỷ"};

    private VietnameseNumbers() {
    }

    /**
     * Writes a non-negative number in Vietnamese words, lower case, e.g. 50 000 000 →
     * "năm mươi triệu", 1 005 → "một nghìn không trăm linh năm".
     *
     * @param value a number from 0 to {@value #MAX}
     * @return the words in NFC, single spaces, no trailing currency
     * @throws IllegalArgumentException if the value is negative or above {@link #MAX}
     */
    public static String inWords(long value) {
        if (value < 0 || value > MAX) {
            throw new IllegalArgumentException("Out of range 0.." + MAX + ": " + value);
        }
        if (value == 0) {
            return DIGITS[0];
        }
        int[] groups = new int[GROUPS.length];
        long rest = value;
        for (int i = 0; i < groups.length; i++) {
            groups[i] = (int) (rest % 1000);
            rest /= 1000;
        }
        StringBuilder out = new StringBuilder();
        boolean leading = true;
        for (int i = groups.length - 1; i >= 0; i--) {
            if (groups[i] == 0) {
                continue;
            }
            appendWord(out, readGroup(groups[i], !leading));
            appendWord(out, GROUPS[i]);
            leading = false;
        }
        return out.toString();
    }

    /**
     * Writes an amount in Vietnamese dong the way a decision's "Bằng chữ" clause needs it:
     * the words with a capital first letter followed by "đồng", e.g. "Năm mươi triệu đồng".
     *
     * @param amountVnd the amount, 0 to {@value #MAX}
     * @return e.g. "Năm mươi triệu đồng"
     */
    public static String amountInWords(long amountVnd) {
        return TextKit.capitalizeFirst(inWords(amountVnd)) + " đồng";
    }

    /**
     * Formats a number with Vietnamese digit grouping (a dot every three digits),
     * e.g. 50000000 → "50.000.000".
     *
     * @param value any long value
     * @return the grouped digits, with a leading minus sign for negative values
     */
    public static String grouped(long value) {
        String digits = Long.toString(Math.abs(value));
        if (value == Long.MIN_VALUE) {
            digits = digits.substring(1);
        }
        StringBuilder out = new StringBuilder();
        int firstGroup = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, firstGroup);
        for (int i = firstGroup; i < digits.length(); i += 3) {
            out.append('.').append(digits, i, i + 3);
        }
        return value < 0 ? "-" + out : out.toString();
    }

    /** Reads 1..999; {@code full} also reads zero hundreds ("không trăm") for non-leading groups. */
    private static String readGroup(int group, boolean full) {
        int hundreds = group / 100;
        int tens = group / 10 % 10;
        int units = group % 10;
        StringBuilder out = new StringBuilder();
        boolean hasHundreds = full || hundreds > 0;
        if (hasHundreds) {
            appendWord(out, DIGITS[hundreds]);
            appendWord(out, "trăm");
        }
        if (tens == 0) {
            if (units > 0) {
                if (hasHundreds) {
                    appendWord(out, "linh");
                }
                appendWord(out, DIGITS[units]);
            }
        } else if (tens == 1) {
            appendWord(out, "mười");
            if (units == 5) {
                appendWord(out, "lăm");
            } else if (units > 0) {
                appendWord(out, DIGITS[units]);
            }
        } else {
            appendWord(out, DIGITS[tens]);
            appendWord(out, "mươi");
            if (units == 1) {
                appendWord(out, "mốt");
            } else if (units == 5) {
                appendWord(out, "lăm");
            } else if (units > 0) {
                appendWord(out, DIGITS[units]);
            }
        }
        return out.toString();
    }

    private static void appendWord(StringBuilder out, String word) {
        if (word.isEmpty()) {
            return;
        }
        if (out.length() > 0) {
            out.append(' ');
        }
        out.append(word);
    }
}
