package vn.langnghe.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import org.springframework.data.domain.Sort;
import vn.langnghe.calendar.HolidayCalendar;
import vn.langnghe.calendar.PublicHoliday;
import vn.langnghe.calendar.PublicHolidays;
import vn.langnghe.identity.Role;
import vn.langnghe.ui.ComponentTexts;

/** The administrator keeps the public holidays the statutory clock skips (Tết and compensatory days too). */
@Route("quan-tri/ngay-nghi")
@Menu(order = 91, title = "menu.holidays", icon = "CALENDAR")
@RolesAllowed(Role.Names.ADMINISTRATOR)
public class HolidaysView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE dd/MM/yyyy");

    private final Grid<PublicHoliday> grid = new Grid<>(PublicHoliday.class, false);
    private final PublicHolidays holidays;

    public HolidaysView(PublicHolidays holidays, HolidayCalendar calendar) {
        this.holidays = holidays;
        setSizeFull();
        DatePicker day = new DatePicker(getTranslation("holidays.day"));
        day.setLocale(getLocale());
        ComponentTexts.datePicker(day);
        TextField name = new TextField(getTranslation("holidays.name"));
        name.setWidth("24em");
        name.setMaxLength(200);
        Button add = new Button(getTranslation("holidays.add"), VaadinIcon.PLUS.create(), e -> {
            day.setInvalid(day.getValue() == null);
            name.setInvalid(name.getValue().isBlank());
            day.setErrorMessage(getTranslation("holidays.error.day"));
            name.setErrorMessage(getTranslation("holidays.error.name"));
            if (day.getValue() != null && !name.getValue().isBlank()) {
                calendar.add(new PublicHoliday(day.getValue(), name.getValue().strip()));
                day.clear();
                name.clear();
                refresh();
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(day, name, add);
        form.setAlignItems(Alignment.BASELINE);

        grid.addColumn(h -> DATE.withLocale(getLocale()).format(h.getDay())).setHeader(getTranslation("holidays.day"))
                .setAutoWidth(true);
        grid.addColumn(PublicHoliday::getName).setHeader(getTranslation("holidays.name")).setFlexGrow(1);
        grid.addComponentColumn(h -> {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                calendar.remove(h.getDay());
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("holidays.remove"));
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        refresh();
        add(new H2(getTranslation("menu.holidays")), new Paragraph(getTranslation("holidays.help")), form, grid);
    }

    private void refresh() {
        grid.setItems(holidays.findAll(Sort.by(Sort.Direction.DESC, "day")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.holidays");
    }
}
