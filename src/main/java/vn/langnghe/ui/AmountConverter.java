package vn.langnghe.ui;

import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.converter.Converter;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Amounts in đồng as people type them: digits, optionally grouped by threes with dots, commas or spaces
 * ("1.200.000.000"). A locale's number parser would read "1.5" as 15 and "1,5" as 1 in Vietnamese; an amount
 * that could be misread is refused with the field's message instead.
 */
public final class AmountConverter implements Converter<String, Long> {

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,3}([.,\\s]\\d{3})+|\\d{1,18}");

    private final String error;

    public AmountConverter(String error) {
        this.error = error;
    }

    @Override
    public Result<Long> convertToModel(String value, ValueContext context) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return Result.ok(null);
        }
        String digits = text.replaceAll("[.,\\s]", "");
        if (!AMOUNT.matcher(text).matches() || digits.length() > 18) {
            return Result.error(error);
        }
        return Result.ok(Long.parseLong(digits));
    }

    @Override
    public String convertToPresentation(Long value, ValueContext context) {
        return value == null ? "" : NumberFormat.getIntegerInstance(context.getLocale().orElse(Locale.ROOT))
                .format(value);
    }
}
