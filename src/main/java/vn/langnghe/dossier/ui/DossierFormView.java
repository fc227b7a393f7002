package vn.langnghe.dossier.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import vn.langnghe.common.ConflictException;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.common.Problem;
import vn.langnghe.common.VietnamTime;
import vn.langnghe.criteria.Title;
import vn.langnghe.criteria.ui.CriteriaCheckPanel;
import vn.langnghe.dossier.Artisan;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierData;
import vn.langnghe.dossier.DossierService;
import vn.langnghe.dossier.KnownVillage;
import vn.langnghe.dossier.ProductionYear;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;
import vn.langnghe.ui.AmountConverter;
import vn.langnghe.ui.Toasts;

/**
 * The dossier form, new or existing. A draft may be saved incomplete; anything out of range is shown
 * next to its field and not saved. The criteria check beside the form follows every change.
 */
@Route("ho-so/moi")
@RouteAlias("ho-so/:id([0-9]+)/sua")
@RolesAllowed(Role.Names.COMMUNE_OFFICER)
public class DossierFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int PRODUCTION_YEARS_SHOWN = 3;

    private final DossierService dossiers;
    private final SignedInUser user = UserAccountService.current().orElseThrow();
    private final BeanValidationBinder<DossierData> binder = new BeanValidationBinder<>(DossierData.class);
    private final CriteriaCheckPanel criteria = new CriteriaCheckPanel();
    private final Map<String, HasValidation> fieldsByName = new LinkedHashMap<>();
    private final Map<Integer, TextField> productionFields = new LinkedHashMap<>();
    private final FormLayout productionForm = new FormLayout();
    private final H2 heading = new H2();

    private final Select<Title> title = new Select<>();
    private final Select<Long> villageEntry = new Select<>();
    private final TextField villageName = new TextField();
    private final TextArea hamlets = new TextArea();
    private final Select<Integer> activityGroup = new Select<>();
    private final TextField craft = new TextField();
    private final IntegerField craftSinceYear = new IntegerField();
    private final Checkbox craftAlreadyRecognised = new Checkbox();
    private final Checkbox villageAlreadyRecognised = new Checkbox();
    private final IntegerField totalHouseholds = new IntegerField();
    private final IntegerField participatingHouseholds = new IntegerField();
    private final IntegerField workersTotal = new IntegerField();
    private final IntegerField workersRegular = new IntegerField();
    private final TextArea artisans = new TextArea();
    private final TextField contactName = new TextField();
    private final TextField contactPhone = new TextField();

    private Long dossierId;
    private DossierData data = new DossierData();

    public DossierFormView(DossierService dossiers) {
        this.dossiers = dossiers;
        setWidthFull();
        configureFields();

        FormLayout general = form(title, villageEntry, villageName, hamlets, activityGroup, craft, craftSinceYear,
                craftAlreadyRecognised, villageAlreadyRecognised);
        FormLayout figures = form(totalHouseholds, participatingHouseholds, workersTotal, workersRegular);
        FormLayout people = form(artisans, contactName, contactPhone);

        Button save = new Button(getTranslation("dossier.saveDraft"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("dossier.cancel"), e -> leave());
        Div main = new Div(new H3(getTranslation("dossier.section.general")), general,
                new H3(getTranslation("dossier.section.figures")), figures, productionForm,
                new H3(getTranslation("dossier.section.people")), people, new HorizontalLayout(save, cancel));
        main.addClassName("dossier-main");
        Div columns = new Div(main, criteria);
        columns.addClassName("dossier-columns");
        add(heading, columns);
    }

    private void configureFields() {
        label(title, "title", true);
        title.setItems(Title.values());
        title.setItemLabelGenerator(t -> t == null ? "" : getTranslation("title." + t.name()));
        label(villageEntry, "villageEntryId", false);
        configureVillageEntry();
        label(villageName, "villageName", false);
        label(hamlets, "hamlets", false);
        hamlets.setHelperText(getTranslation("dossier.help.hamlets"));
        label(activityGroup, "activityGroup", false);
        activityGroup.setItems(1, 2, 3, 4, 5, 6, 7);
        activityGroup.setItemLabelGenerator(g -> g == null ? "" : g + ". " + getTranslation("activityGroup." + g));
        label(craft, "craft", false);
        label(craftSinceYear, "craftSinceYear", false);
        craftAlreadyRecognised.setLabel(getTranslation("dossier.field.craftAlreadyRecognised"));
        villageAlreadyRecognised.setLabel(getTranslation("dossier.field.villageAlreadyRecognised"));
        label(totalHouseholds, "totalHouseholds", false);
        label(participatingHouseholds, "participatingHouseholds", false);
        label(workersTotal, "workersTotal", false);
        label(workersRegular, "workersRegular", false);
        label(artisans, "artisans", false);
        artisans.setHelperText(getTranslation("dossier.help.artisans"));
        label(contactName, "contactName", false);
        label(contactPhone, "contactPhone", false);

        binder.forField(title).bind("title");
        binder.forField(villageEntry).bind("villageEntryId");
        binder.forField(villageName).withNullRepresentation("").bind("villageName");
        binder.forField(hamlets).withConverter(DossierFormView::lines, list -> String.join("\n", list)).bind("hamlets");
        binder.forField(activityGroup).bind("activityGroup");
        binder.forField(craft).withNullRepresentation("").bind("craft");
        binder.forField(craftSinceYear).bind("craftSinceYear");
        binder.forField(craftAlreadyRecognised).bind("craftAlreadyRecognised");
        binder.forField(villageAlreadyRecognised).bind("villageAlreadyRecognised");
        binder.forField(totalHouseholds).bind("totalHouseholds");
        binder.forField(participatingHouseholds).bind("participatingHouseholds");
        binder.forField(workersTotal).bind("workersTotal");
        binder.forField(workersRegular).bind("workersRegular");
        binder.forField(artisans).withConverter(DossierFormView::artisans, DossierFormView::artisanLines)
                .bind("artisans");
        binder.forField(contactName).withNullRepresentation("").bind("contactName");
        binder.forField(contactPhone).withNullRepresentation("").bind("contactPhone");
        binder.addValueChangeListener(e -> refreshCriteria());
    }

    /** The commune's villages in the register, or none for a new one; a chosen village gives its name. */
    private void configureVillageEntry() {
        Map<Long, KnownVillage> known = new LinkedHashMap<>();
        dossiers.villages(user).forEach(v -> known.put(v.id(), v));
        villageEntry.setItems(known.keySet());
        villageEntry.setEmptySelectionAllowed(true);
        villageEntry.setEmptySelectionCaption(getTranslation("dossier.villageEntry.new"));
        villageEntry.setItemLabelGenerator(id -> id == null ? getTranslation("dossier.villageEntry.new")
                : getTranslation("dossier.villageEntry.item", known.get(id).name(),
                        known.get(id).titleInForce() == null ? getTranslation("dossier.villageEntry.noTitle")
                                : getTranslation("title." + known.get(id).titleInForce().name())));
        villageEntry.setHelperText(getTranslation("dossier.help.villageEntry"));
        villageEntry.addValueChangeListener(e -> {
            villageName.setReadOnly(e.getValue() != null);
            if (e.getValue() != null) {
                villageName.setValue(known.get(e.getValue()).name());
            }
        });
    }

    private void label(HasValue<?, ?> field, String name, boolean required) {
        if (field instanceof com.vaadin.flow.component.HasLabel labelled) {
            labelled.setLabel(getTranslation("dossier.field." + name));
        }
        if (field instanceof TextField text) {
            text.setValueChangeMode(ValueChangeMode.LAZY);
        }
        if (field instanceof IntegerField number) {
            number.setValueChangeMode(ValueChangeMode.LAZY);
        }
        field.setRequiredIndicatorVisible(required);
        fieldsByName.put(name, (HasValidation) field);
    }

    private static FormLayout form(com.vaadin.flow.component.Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        return form;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        dossierId = event.getRouteParameters().getLong("id").orElse(null);
        if (dossierId != null) {
            try {
                Dossier dossier = dossiers.get(user, dossierId);
                if (!dossier.getState().editableByCommune()) {
                    event.forwardTo(DossierView.class, new RouteParameters("id", String.valueOf(dossierId)));
                    return;
                }
                data = dossier.toData();
            } catch (vn.langnghe.common.NotFoundException e) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
        }
        heading.setText(dossierId == null ? getTranslation("dossier.new")
                : getTranslation("dossier.editHeading", String.valueOf(dossierId)));
        buildProductionFields();
        binder.readBean(data);
        refreshCriteria();
    }

    /** One field per year: the last full years, and any other year the dossier already has. */
    private void buildProductionFields() {
        productionForm.removeAll();
        productionFields.clear();
        int lastFullYear = LocalDate.now(VietnamTime.ZONE).getYear() - 1;
        TreeSet<Integer> years = new TreeSet<>();
        for (int i = 0; i < PRODUCTION_YEARS_SHOWN; i++) {
            years.add(lastFullYear - i);
        }
        data.getProduction().forEach(p -> years.add(p.year()));
        for (int year : years) {
            TextField field = new TextField(getTranslation("dossier.field.productionOf", String.valueOf(year)));
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setSuffixComponent(new com.vaadin.flow.component.html.Span("đ"));
            binder.forField(field)
                    .withNullRepresentation("")
                    .withConverter(new AmountConverter(getTranslation("dossier.error.productionNumber")))
                    .bind(d -> valueOf(d, year), (d, value) -> setValue(d, year, value));
            productionFields.put(year, field);
            productionForm.add(field);
        }
        productionForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("30em", PRODUCTION_YEARS_SHOWN));
    }

    private static Long valueOf(DossierData d, int year) {
        return d.getProduction().stream().filter(p -> p.year() == year).map(ProductionYear::value).findFirst()
                .orElse(null);
    }

    private static void setValue(DossierData d, int year, Long value) {
        List<ProductionYear> production = new ArrayList<>(d.getProduction().stream().filter(p -> p.year() != year)
                .toList());
        if (value != null) {
            production.add(new ProductionYear(year, value));
        }
        d.setProduction(production);
    }

    private void refreshCriteria() {
        DossierData draft = new DossierData();
        binder.writeBeanAsDraft(draft, true);
        if (draft.getTitle() == null) {
            criteria.removeAll();
            criteria.add(new com.vaadin.flow.component.html.Paragraph(getTranslation("criteria.titleMissing")));
            return;
        }
        criteria.show(dossiers.check(draft, null, getLocale()));
    }

    private void save() {
        fieldsByName.values().forEach(f -> f.setInvalid(false));
        productionFields.values().forEach(f -> f.setInvalid(false));
        if (!binder.writeBeanIfValid(data)) {
            notifyError(getTranslation("dossier.error.fixFields"));
            return;
        }
        try {
            Dossier saved = dossierId == null ? dossiers.create(user, data) : dossiers.update(user, dossierId, data);
            Toasts.success(getTranslation("dossier.saved"));
            getUI().ifPresent(ui -> ui.navigate(DossierView.class,
                    new RouteParameters("id", String.valueOf(saved.getId()))));
        } catch (InvalidInputException e) {
            e.problems().forEach(this::showProblem);
            notifyError(getTranslation("dossier.error.fixFields"));
        } catch (ConflictException e) {
            notifyError(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void showProblem(Problem problem) {
        String message = getTranslation(problem.messageKey(), problem.argumentArray());
        HasValidation field = fieldFor(problem.field());
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }

    private HasValidation fieldFor(String path) {
        if (path == null) {
            return null;
        }
        if (path.startsWith("production[")) {
            int index = Integer.parseInt(path.substring("production[".length(), path.indexOf(']')));
            List<ProductionYear> production = data.getProduction();
            return index < production.size() ? productionFields.get(production.get(index).year()) : null;
        }
        String name = path.contains("[") ? path.substring(0, path.indexOf('[')) : path;
        return fieldsByName.get(name.contains(".") ? name.substring(0, name.indexOf('.')) : name);
    }

    private void notifyError(String message) {
        Toasts.error(message);
    }

    private void leave() {
        if (dossierId == null) {
            getUI().ifPresent(ui -> ui.navigate(CommuneDossiersView.class));
        } else {
            getUI().ifPresent(ui -> ui.navigate(DossierView.class, new RouteParameters("id", String.valueOf(dossierId))));
        }
    }

    private static List<String> lines(String text) {
        return text == null ? new ArrayList<>()
                : new ArrayList<>(Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    /** "Name - honour" per line; the honour is optional. */
    private static List<Artisan> artisans(String text) {
        return new ArrayList<>(lines(text).stream().map(line -> {
            String[] parts = line.split("\\s+[-–]\\s+", 2);
            return new Artisan(parts[0].strip(), parts.length > 1 ? parts[1].strip() : null);
        }).toList());
    }

    private static String artisanLines(List<Artisan> artisans) {
        return String.join("\n", artisans.stream()
                .map(a -> a.honour() == null || a.honour().isBlank() ? a.name() : a.name() + " - " + a.honour())
                .toList());
    }

    @Override
    public String getPageTitle() {
        return dossierId == null ? getTranslation("dossier.new") : getTranslation("dossier.editHeading", String.valueOf(dossierId));
    }
}
