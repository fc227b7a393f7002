package vn.langnghe.council.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.council.CouncilRound;
import vn.langnghe.council.CouncilService;
import vn.langnghe.council.CouncilSettings;
import vn.langnghe.council.RoundRequest;
import vn.langnghe.dossier.ui.DossierLabels;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccount;
import vn.langnghe.identity.UserAccountService;
import vn.langnghe.ui.ComponentTexts;

/**
 * "Hội đồng xét duyệt": the council rounds. Department staff set up a new round here (name, members, chair,
 * quorum and threshold); members see the rounds they sit on.
 */
@Route("hoi-dong-xet-duyet")
@Menu(order = 20, title = "menu.council", icon = "GROUP")
@RolesAllowed({Role.Names.INTAKE_OFFICER, Role.Names.REVIEWER, Role.Names.COUNCIL_MEMBER, Role.Names.LEADER})
public class CouncilRoundsView extends VerticalLayout implements HasDynamicTitle {

    private final CouncilService council;
    private final SignedInUser user = UserAccountService.current().orElseThrow();
    private final Grid<CouncilRound> grid = new Grid<>(CouncilRound.class, false);

    public CouncilRoundsView(CouncilService council, CouncilSettings settings) {
        this.council = council;
        setSizeFull();
        add(new H2(getTranslation("menu.council")));
        if (user.role() == Role.INTAKE_OFFICER || user.role() == Role.REVIEWER) {
            add(newRound(settings));
        }
        grid.addColumn(CouncilRound::getName).setHeader(getTranslation("council.field.name")).setFlexGrow(3);
        grid.addColumn(r -> getTranslation("council.status." + r.getStatus().name()))
                .setHeader(getTranslation("council.field.status")).setAutoWidth(true);
        grid.addColumn(r -> r.fullNameOf(r.getChair())).setHeader(getTranslation("council.field.chair")).setAutoWidth(true);
        grid.addColumn(r -> r.getMembers().size()).setHeader(getTranslation("council.field.memberCount")).setAutoWidth(true);
        grid.addColumn(r -> DossierLabels.dateTime(r.getCreatedAt())).setHeader(getTranslation("council.field.createdAt"))
                .setAutoWidth(true);
        grid.setItems(query -> council.list(user, PageRequest.of(query.getPage(), query.getPageSize())).stream());
        grid.setEmptyStateText(getTranslation("council.none"));
        grid.addItemClickListener(e -> open(e.getItem()));
        add(grid);
    }

    private Button newRound(CouncilSettings settings) {
        Dialog dialog = new Dialog(getTranslation("council.new"));
        TextField name = new TextField(getTranslation("council.field.name"));
        name.setPlaceholder(getTranslation("council.field.namePlaceholder"));
        name.setWidth("28em");
        name.setMaxLength(200);
        List<UserAccount> eligible = council.eligibleMembers();
        MultiSelectComboBox<UserAccount> members = ComponentTexts.multiSelect(
                new MultiSelectComboBox<>(getTranslation("council.field.members")));
        // Every chosen member stays visible by name, never folded into a bare count chip.
        members.setAutoExpand(MultiSelectComboBox.AutoExpandMode.BOTH);
        members.setItems(eligible);
        members.setItemLabelGenerator(UserAccount::getFullName);
        members.setWidth("28em");
        Select<UserAccount> chair = new Select<>();
        chair.setLabel(getTranslation("council.field.chair"));
        chair.setItemLabelGenerator(a -> a == null ? "" : a.getFullName());
        chair.setWidth("28em");
        IntegerField quorum = new IntegerField(getTranslation("council.field.quorum"));
        quorum.setStepButtonsVisible(true);
        IntegerField threshold = new IntegerField(getTranslation("council.field.threshold"));
        threshold.setValue(settings.thresholdPercent());
        threshold.setSuffixComponent(new Span("%"));
        threshold.setHelperText(getTranslation("council.field.thresholdHelp"));
        members.addValueChangeListener(e -> {
            List<UserAccount> chosen = e.getValue().stream().sorted(Comparator.comparing(UserAccount::getFullName)).toList();
            UserAccount current = chair.getValue();
            chair.setItems(chosen);
            chair.setValue(chosen.contains(current) ? current : null);
            quorum.setValue(chosen.isEmpty() ? null : settings.defaultQuorum(chosen.size()));
            quorum.setHelperText(getTranslation("council.field.quorumHelp", chosen.size()));
        });
        Button create = new Button(getTranslation("council.create"), e -> {
            Map<String, HasValidation> fields = Map.of("name", name, "members", members,
                    "chair", chair, "quorum", quorum, "threshold", threshold);
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                CouncilRound round = council.create(user, new RoundRequest(name.getValue(),
                        members.getValue().stream().map(UserAccount::getUsername).toList(),
                        chair.getValue() == null ? null : chair.getValue().getUsername(), quorum.getValue(),
                        threshold.getValue()));
                dialog.close();
                open(round);
            } catch (InvalidInputException ex) {
                ex.problems().forEach(p -> {
                    var field = fields.get(p.field());
                    field.setErrorMessage(getTranslation(p.messageKey(), p.argumentArray()));
                    field.setInvalid(true);
                });
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(quorum, threshold);
        VerticalLayout form = new VerticalLayout(name, members, chair, row, create);
        form.setPadding(false);
        form.setDefaultHorizontalComponentAlignment(FlexComponent.Alignment.START);
        dialog.add(form);
        dialog.setWidth("min(36em, 100vw)");
        dialog.getFooter().add(new Button(getTranslation("council.cancel"), e -> dialog.close()));
        Button start = new Button(getTranslation("council.new"), VaadinIcon.PLUS.create(), e -> dialog.open());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return start;
    }

    private void open(CouncilRound round) {
        getUI().ifPresent(ui -> ui.navigate(CouncilRoundView.class, new RouteParameters("id", String.valueOf(round.getId()))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.council");
    }
}
