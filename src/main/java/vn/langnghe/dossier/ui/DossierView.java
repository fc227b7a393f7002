package vn.langnghe.dossier.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import vn.langnghe.common.ConflictException;
import vn.langnghe.common.IncompleteException;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.common.Problem;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierService;
import org.springframework.beans.factory.ObjectProvider;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;
import vn.langnghe.ui.Confirmations;
import vn.langnghe.ui.Toasts;

/**
 * A dossier, read-only: its figures, documents, criteria check and history. The commune adds documents,
 * edits and submits from here while the dossier is theirs to change.
 */
@Route("ho-so/:id([0-9]+)")
@RolesAllowed({Role.Names.COMMUNE_OFFICER, Role.Names.DISTRICT_REVIEWER, Role.Names.INTAKE_OFFICER, Role.Names.REVIEWER,
        Role.Names.COUNCIL_MEMBER, Role.Names.LEADER, Role.Names.PROVINCIAL_STAFF})
public class DossierView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DossierService dossiers;
    private final ObjectProvider<CaseFileSection> sections;
    private final SignedInUser user = UserAccountService.current().orElseThrow();
    private final Div content = new Div();
    private Long dossierId;

    public DossierView(DossierService dossiers, ObjectProvider<CaseFileSection> sections) {
        this.dossiers = dossiers;
        this.sections = sections;
        setWidthFull();
        content.setWidthFull();
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        dossierId = event.getRouteParameters().getLong("id").orElseThrow();
        try {
            render(dossiers.get(user, dossierId));
        } catch (vn.langnghe.common.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render(Dossier dossier) {
        content.removeAll();
        boolean editable = user.role() == Role.COMMUNE_OFFICER && dossier.getState().editableByCommune();
        String subject = dossier.getVillageName() != null ? dossier.getVillageName()
                : dossier.getCraft() != null ? dossier.getCraft() : "";
        H2 heading = new H2(getTranslation("dossier.viewHeading", String.valueOf(dossier.getId()),
                getTranslation("title." + dossier.getTitle().name()), subject));
        HorizontalLayout header = new HorizontalLayout(heading, DossierLabels.state(this, dossier.getState()));
        header.setAlignItems(Alignment.BASELINE);
        content.add(header);

        Div missing = new Div();
        missing.addClassName("missing-list");
        if (editable) {
            Button edit = new Button(getTranslation("dossier.edit"), VaadinIcon.EDIT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(DossierFormView.class,
                            new RouteParameters("id", String.valueOf(dossier.getId())))));
            Button submit = new Button(getTranslation("dossier.submit"), VaadinIcon.PAPERPLANE.create(),
                    e -> Confirmations.ask(getTranslation("dossier.submit.confirmHeader"),
                            getTranslation("dossier.submit.confirmText", String.valueOf(dossier.getId()), subject),
                            getTranslation("dossier.submit.confirm"), getTranslation("dossier.cancel"),
                            () -> submit(missing)));
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            content.add(new HorizontalLayout(edit, submit), missing);
        }

        content.add(new DossierCaseFile(dossiers, sections.orderedStream().toList(), user, dossier, editable,
                () -> render(dossiers.get(user, dossierId))));
    }

    private void submit(Div missing) {
        missing.removeAll();
        try {
            dossiers.submit(user, dossierId);
            Toasts.success(getTranslation("dossier.submitted"));
            render(dossiers.get(user, dossierId));
        } catch (IncompleteException e) {
            UnorderedList list = new UnorderedList();
            for (Problem problem : e.problems()) {
                list.add(new ListItem(getTranslation(problem.messageKey(), problem.argumentArray())));
            }
            missing.add(new Paragraph(new Span(getTranslation("dossier.submit.incomplete"))), list);
        } catch (InvalidInputException e) {
            Toasts.error(e.problems().stream().map(p -> getTranslation(p.messageKey(), p.argumentArray()))
                    .collect(Collectors.joining(" ")));
        } catch (ConflictException e) {
            Toasts.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dossier.viewTitle", String.valueOf(dossierId));
    }
}
