package vn.langnghe.criteria;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The criteria texts in Vietnamese or English, and numbers formatted the way each language writes
 * them. Numbers are always formatted here and passed to {@link MessageFormat} as text, so a year
 * never gets a grouping separator and the JVM's default locale never shows through.
 */
final class Messages {

    private static final String BUNDLE = "criteria-messages";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final char groupingSeparator;
    private final char decimalSeparator;

    private Messages(Locale locale, char groupingSeparator, char decimalSeparator) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.groupingSeparator = groupingSeparator;
        this.decimalSeparator = decimalSeparator;
    }

    /** English for a locale whose language is "en"; Vietnamese ("1.300", "23,4") for any other. */
    static Messages forLocale(Locale requested) {
        if (requested != null && "en".equals(requested.getLanguage())) {
            return new Messages(Locale.ENGLISH, ',', '.');
        }
        return new Messages(Locale.forLanguageTag("vi"), '.', ',');
    }

    String text(String key, String... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** An integer with grouping: "1.300" (vi), "1,300" (en). */
    String integer(long number) {
        return format(BigDecimal.valueOf(number));
    }

    /** A decimal with grouping, keeping its scale: "23,4" (vi), "23.4" (en). */
    String decimal(BigDecimal number) {
        return format(number);
    }

    /** A calendar year, never grouped: "1950". */
    static String year(int year) {
        return Integer.toString(year);
    }

    /** A number of years with its unit: "76 năm", "1 year", "76 years". */
    String years(long count) {
        return text(count == 1 ? "unit.years.one" : "unit.years.many", integer(count));
    }

    /** "2025", or "2024–2025" for several years. */
    String yearRange(int from, int to) {
        return from == to ? year(from) : text("range.years", year(from), year(to));
    }

    private String format(BigDecimal number) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        symbols.setGroupingSeparator(groupingSeparator);
        symbols.setDecimalSeparator(decimalSeparator);
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        int decimals = Math.max(number.scale(), 0);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(number);
    }
}
