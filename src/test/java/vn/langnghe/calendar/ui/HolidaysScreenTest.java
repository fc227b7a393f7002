package vn.langnghe.calendar.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.langnghe.KaribuTest;
import vn.langnghe.calendar.HolidayCalendar;

/** An administrator adds a day off and the working-day calendar skips it at once. */
class HolidaysScreenTest extends KaribuTest {

    @Autowired
    HolidayCalendar calendar;

    @Test
    void anAddedHolidayIsNoLongerAWorkingDay() {
        LocalDate day = LocalDate.of(2027, 11, 24);
        assertThat(calendar.workingDays().isWorkingDay(day)).isTrue();
        login("quantri");
        UI.getCurrent().navigate("quan-tri/ngay-nghi");

        _click(_get(Button.class, spec -> spec.withText("Thêm ngày nghỉ")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Tên ngày nghỉ")).isInvalid()).isTrue();

        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Ngày")), day);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Tên ngày nghỉ")), "Ngày Văn hóa Việt Nam");
        _click(_get(Button.class, spec -> spec.withText("Thêm ngày nghỉ")));

        assertThat(calendar.workingDays().isWorkingDay(day)).isFalse();
        calendar.remove(day);
        assertThat(calendar.workingDays().isWorkingDay(day)).isTrue();
    }
}
