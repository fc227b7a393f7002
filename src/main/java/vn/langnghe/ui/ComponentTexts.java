package vn.langnghe.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The texts that Vaadin's components carry in English (the upload's "Upload Files…", a date picker's month
 * names, a multi-select's screen-reader announcements), taken from the application's bundles so they speak
 * the user's language like the rest of the screen.
 */
public final class ComponentTexts {

    private ComponentTexts() {
    }

    public static Upload upload(Upload upload) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t(upload, "component.upload.dropOne"))
                .setMany(t(upload, "component.upload.dropMany")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t(upload, "component.upload.addOne"))
                .setMany(t(upload, "component.upload.addMany")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(t(upload, "component.upload.tooManyFiles"))
                .setFileIsTooBig(t(upload, "component.upload.fileIsTooBig"))
                .setIncorrectFileType(t(upload, "component.upload.incorrectFileType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(t(upload, "component.upload.connecting"))
                        .setStalled(t(upload, "component.upload.stalled"))
                        .setProcessing(t(upload, "component.upload.processing"))
                        .setHeld(t(upload, "component.upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(t(upload, "component.upload.remainingPrefix"))
                        .setUnknown(t(upload, "component.upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(t(upload, "component.upload.serverUnavailable"))
                        .setUnexpectedServerError(t(upload, "component.upload.unexpectedServerError"))
                        .setForbidden(t(upload, "component.upload.forbidden"))));
        i18n.setFile(new UploadI18N.File().setRetry(t(upload, "component.upload.retry"))
                .setStart(t(upload, "component.upload.start")).setRemove(t(upload, "component.upload.remove")));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB"));
        upload.setI18n(i18n);
        return upload;
    }

    /** Month and weekday names in the user's language, weeks from Monday, dates as dd/MM/yyyy. */
    public static DatePicker datePicker(DatePicker picker) {
        Locale locale = picker.getLocale() == null ? Locale.forLanguageTag("vi") : picker.getLocale();
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values())
                .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList());
        List<DayOfWeek> sundayFirst = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        i18n.setWeekdays(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList());
        i18n.setWeekdaysShort(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale))
                .toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(t(picker, "component.datePicker.today"));
        i18n.setCancel(t(picker, "component.datePicker.cancel"));
        i18n.setDateFormat("dd/MM/yyyy");
        picker.setI18n(i18n);
        return picker;
    }

    /** What a screen reader announces as chips are added and removed. */
    public static <T> MultiSelectComboBox<T> multiSelect(MultiSelectComboBox<T> box) {
        box.setI18n(new MultiSelectComboBoxI18n()
                .setCleared(t(box, "component.multiSelect.cleared"))
                .setFocused(t(box, "component.multiSelect.focused"))
                .setSelected(t(box, "component.multiSelect.selected"))
                .setDeselected(t(box, "component.multiSelect.deselected"))
                .setTotal(t(box, "component.multiSelect.total")));
        return box;
    }

    private static String t(Component component, String key) {
        return component.getTranslation(key);
    }
}
