package vn.langnghe.dossier.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.Sort;
import vn.langnghe.criteria.Title;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierService;
import vn.langnghe.dossier.DossierState;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;

/** "Hồ sơ của xã": the commune officer's home, every dossier of their commune, newest change first. */
@Route("ho-so")
@Menu(order = 0, title = "menu.communeDossiers", icon = "FOLDER_OPEN")
@RolesAllowed(Role.Names.COMMUNE_OFFICER)
public class CommuneDossiersView extends VerticalLayout implements HasDynamicTitle {

    private final Grid<Dossier> grid = new Grid<>(Dossier.class, false);
    private final Select<DossierState> state = new Select<>();
    private final Select<Title> title = new Select<>();

    public CommuneDossiersView(DossierService dossiers) {
        SignedInUser user = UserAccountService.current().orElseThrow();
        setSizeFull();

        state.setLabel(getTranslation("dossier.field.state"));
        state.setItems(DossierState.values());
        state.setItemLabelGenerator(s -> s == null ? "" : getTranslation("dossier.state." + s.name()));
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("dossier.filter.all"));
        state.setPlaceholder(getTranslation("dossier.filter.all"));
        title.setLabel(getTranslation("dossier.field.title"));
        title.setItems(Title.values());
        title.setItemLabelGenerator(t -> t == null ? "" : getTranslation("title." + t.name()));
        title.setEmptySelectionAllowed(true);
        title.setEmptySelectionCaption(getTranslation("dossier.filter.all"));
        title.setPlaceholder(getTranslation("dossier.filter.all"));
        state.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        title.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Button create = new Button(getTranslation("dossier.create"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(DossierFormView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(state, title, create);
        toolbar.setAlignItems(Alignment.BASELINE);

        grid.addColumn(Dossier::getId).setHeader(getTranslation("dossier.field.id")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(d -> getTranslation("title." + d.getTitle().name())).setHeader(getTranslation("dossier.field.title"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.getVillageName() == null ? "" : d.getVillageName())
                .setHeader(getTranslation("dossier.field.villageName")).setFlexGrow(1);
        grid.addColumn(d -> d.getCraft() == null ? "" : d.getCraft()).setHeader(getTranslation("dossier.field.craft"))
                .setFlexGrow(1);
        grid.addComponentColumn(d -> DossierLabels.state(this, d.getState()))
                .setHeader(getTranslation("dossier.field.state")).setAutoWidth(true);
        grid.addColumn(d -> DossierLabels.dateTime(d.getUpdatedAt())).setHeader(getTranslation("dossier.field.updatedAt"))
                .setAutoWidth(true);
        grid.addColumn(d -> DossierLabels.date(d.getSubmittedOn())).setHeader(getTranslation("dossier.field.submittedOn"))
                .setAutoWidth(true);
        grid.setItems(query -> dossiers.list(user, state.getValue(), title.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query).withSort(Sort.by(Sort.Direction.DESC, "updatedAt", "id")))
                .stream());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(DossierView.class,
                new com.vaadin.flow.router.RouteParameters("id", String.valueOf(e.getItem().getId())))));
        grid.setEmptyStateText(getTranslation("dossier.list.empty"));

        add(new H2(getTranslation("menu.communeDossiers")), toolbar, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.communeDossiers");
    }
}
