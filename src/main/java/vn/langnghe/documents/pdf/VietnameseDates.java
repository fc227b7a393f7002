package vn.langnghe.documents.pdf;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Vietnamese date formats used in administrative documents.
 *
 * <p>The long form follows Decree 30/2020/NĐ-CP (Appendix I): days below 10 and the months
 * January and February are written with a leading zero ("ngày 05 tháng 02 năm 2026"), other
 * months without ("ngày 22 tháng 11 năm 2026", "ngày 16 tháng 6 năm 2025").
 */
public final class VietnameseDates {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VietnameseDates() {
    }

    /**
     * The long form, e.g. "ngày 22 tháng 11 năm 2026".
     *
     * @param date the date, not null
     * @return the text in NFC, lower-case "ngày"
     */
    public static String longForm(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        String dayText = day < 10 ? "0" + day : Integer.toString(day);
        String monthText = month <= 2 ? "0" + month : Integer.toString(month);
        return "ngày " + dayText + " tháng " + monthText + " năm " + date.getYear();
    }

    /**
     * The numeric form dd/MM/yyyy, e.g. "22/11/2026".
     *
     * @param date the date, not null
     * @return the formatted date
     */
    public static String shortForm(LocalDate date) {
        return SHORT.format(Objects.requireNonNull(date, "date"));
    }

    /**
     * The place-and-date line of a document header or signature block,
     * e.g. "Phú Thọ, ngày 22 tháng 11 năm 2026".
     *
     * @param place the place name (usually the province name), not null
     * @param date  the date, not null
     * @return the line in NFC
     */
    public static String placeAndDate(String place, LocalDate date) {
        return TextKit.nfc(Objects.requireNonNull(place, "place")) + ", " + longForm(date);
    }
}
