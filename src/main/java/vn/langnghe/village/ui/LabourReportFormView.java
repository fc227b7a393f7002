package vn.langnghe.village.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.langnghe.common.ConflictException;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;
import vn.langnghe.ui.AmountConverter;
import vn.langnghe.ui.Toasts;
import vn.langnghe.village.LabourFigures;
import vn.langnghe.village.LabourReport;
import vn.langnghe.village.RegistryEntry;
import vn.langnghe.village.RegistryService;

/**
 * The commune's yearly report for one of its recognised villages. The year's current report, if any,
 * fills the form: saving it again files a correction and keeps the earlier one. Bad figures are shown
 * next to their field and nothing is stored.
 */
@Route("so-lang-nghe/:id([0-9]+)/bao-cao")
@RolesAllowed(Role.Names.COMMUNE_OFFICER)
public class LabourReportFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RegistryService registry;
    private final SignedInUser user = UserAccountService.current().orElseThrow();
    private final BeanValidationBinder<LabourFigures> binder = new BeanValidationBinder<>(LabourFigures.class);
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final H2 heading = new H2();
    private final Paragraph correction = new Paragraph();
    private final IntegerField year = new IntegerField();
    private List<LabourReport> reports = List.of();
    private Long id;

    public LabourReportFormView(RegistryService registry) {
        this.registry = registry;
        setMaxWidth("56em");
        correction.addClassName("correction-notice");

        year.setLabel(getTranslation("report.field.year"));
        year.setStepButtonsVisible(true);
        year.setRequiredIndicatorVisible(true);
        binder.forField(year).bind("year");
        fields.put("year", year);
        IntegerField totalHouseholds = integer("totalHouseholds");
        IntegerField participatingHouseholds = integer("participatingHouseholds");
        IntegerField workersTotal = integer("workersTotal");
        IntegerField workersRegular = integer("workersRegular");
        TextField productionValue = money("productionValue");
        TextField revenue = money("revenue");
        year.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                fillFromYear(e.getValue());
            }
        });

        FormLayout form = new FormLayout(totalHouseholds, participatingHouseholds, workersTotal, workersRegular,
                productionValue, revenue);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        Button save = new Button(getTranslation("report.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("report.cancel"), e -> back());
        add(heading, year, correction, form, new HorizontalLayout(save, cancel));
    }

    private IntegerField integer(String name) {
        IntegerField field = new IntegerField(getTranslation("report.field." + name));
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setRequiredIndicatorVisible(true);
        binder.forField(field).bind(name);
        fields.put(name, field);
        return field;
    }

    /** Amounts in đồng exceed an integer field's range, so they are typed as text and converted. */
    private TextField money(String name) {
        TextField field = new TextField(getTranslation("report.field." + name));
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setRequiredIndicatorVisible(true);
        field.setSuffixComponent(new Span("đ"));
        binder.forField(field).withNullRepresentation("")
                .withConverter(new AmountConverter(getTranslation("report.error.number")))
                .bind(name);
        fields.put(name, field);
        return field;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().getLong("id").orElseThrow();
        RegistryEntry entry;
        try {
            entry = registry.entry(user, id);
        } catch (vn.langnghe.common.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (!registry.mayReport(user, entry)) {
            event.forwardTo(VillageView.class, new RouteParameters("id", String.valueOf(id)));
            return;
        }
        heading.setText(getTranslation("report.heading", entry.getName()));
        reports = registry.reports(user, id);
        fillFromYear(registry.lastFullYear());
    }

    /** Shows the year's current report to correct, or an empty form for a year not reported yet. */
    private void fillFromYear(Integer chosen) {
        LabourReport existing = chosen == null ? null
                : reports.stream().filter(r -> r.getYear() == chosen).findFirst().orElse(null);
        LabourFigures figures = existing == null ? new LabourFigures() : existing.toFigures();
        figures.setYear(chosen);
        binder.readBean(figures);
        correction.setVisible(existing != null);
        if (existing != null) {
            correction.setText(getTranslation("report.correction", String.valueOf(chosen),
                    String.valueOf(existing.getRevision())));
        }
    }

    private void save() {
        fields.values().forEach(f -> f.setInvalid(false));
        LabourFigures figures = new LabourFigures();
        if (!binder.writeBeanIfValid(figures)) {
            notifyError(getTranslation("report.error.fixFields"));
            return;
        }
        try {
            LabourReport report = registry.fileReport(user, id, figures);
            Toasts.success(getTranslation("report.saved", String.valueOf(report.getYear())));
            back();
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> {
                HasValidation field = fields.get(p.field());
                if (field != null) {
                    field.setErrorMessage(getTranslation(p.messageKey(), p.argumentArray()));
                    field.setInvalid(true);
                }
            });
            notifyError(getTranslation("report.error.fixFields"));
        } catch (ConflictException e) {
            notifyError(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void notifyError(String message) {
        Toasts.error(message);
    }

    private void back() {
        getUI().ifPresent(ui -> ui.navigate(VillageView.class, new RouteParameters("id", String.valueOf(id))));
    }

    @Override
    public String getPageTitle() {
        return heading.getText();
    }
}
