package vn.langnghe.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import vn.langnghe.common.ConflictException;
import vn.langnghe.common.VietnamTime;
import vn.langnghe.criteria.Title;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;
import vn.langnghe.territory.UnitDirectory;
import vn.langnghe.territory.ui.CommunePicker;
import vn.langnghe.ui.Toasts;
import vn.langnghe.workflow.Inbox;
import vn.langnghe.workflow.InboxTask;
import vn.langnghe.workflow.Step;

/**
 * "Việc cần làm": the tasks the user's role may take and those they have taken, soonest due first,
 * overdue ones marked. Lazy: only the visible page is read from the engine.
 */
@Route("viec-can-lam")
@Menu(order = 10, title = "menu.inbox", icon = "INBOX")
@RolesAllowed({Role.Names.INTAKE_OFFICER, Role.Names.REVIEWER, Role.Names.COUNCIL_MEMBER, Role.Names.LEADER,
        Role.Names.DISTRICT_REVIEWER, Role.Names.COMMUNE_OFFICER})
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    private final Inbox inbox;
    private final SignedInUser user = UserAccountService.current().orElseThrow();
    private final Grid<InboxTask> grid = new Grid<>(InboxTask.class, false);
    private final Select<Step> step = new Select<>();
    private final Select<Title> title = new Select<>();
    private final CommunePicker commune;
    private final Checkbox overdue = new Checkbox();

    public InboxView(Inbox inbox, UnitDirectory units) {
        this.inbox = inbox;
        setSizeFull();
        step.setLabel(getTranslation("inbox.filter.step"));
        step.setItems(Step.values());
        step.setItemLabelGenerator(s -> s == null ? "" : getTranslation("step." + s.name()));
        title.setLabel(getTranslation("dossier.field.title"));
        title.setItems(Title.values());
        title.setItemLabelGenerator(t -> t == null ? "" : getTranslation("title." + t.name()));
        commune = new CommunePicker(units, getTranslation("inbox.filter.commune"));
        commune.setPlaceholder(getTranslation("dossier.filter.all"));
        commune.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        for (Select<?> filter : new Select<?>[] {step, title}) {
            filter.setEmptySelectionAllowed(true);
            filter.setEmptySelectionCaption(getTranslation("dossier.filter.all"));
            filter.setPlaceholder(getTranslation("dossier.filter.all"));
            filter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        }
        overdue.setLabel(getTranslation("inbox.filter.overdue"));
        overdue.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(step, title, commune, overdue);
        filters.setAlignItems(Alignment.BASELINE);

        grid.addColumn(t -> getTranslation("step." + t.step().name())).setHeader(getTranslation("inbox.column.step"))
                .setAutoWidth(true);
        grid.addColumn(t -> t.dossierId() == null ? getTranslation("revocation.inbox.village", t.villageName())
                : getTranslation("task.heading", getTranslation("title." + t.title().name()),
                String.valueOf(t.dossierId())) + (t.villageName() == null ? "" : " – " + t.villageName()))
                .setHeader(getTranslation("inbox.column.dossier")).setFlexGrow(3).setWidth("20em");
        grid.addColumn(t -> t.commune() == null ? "" : t.commune()).setHeader(getTranslation("inbox.filter.commune"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::due).setHeader(getTranslation("inbox.column.due")).setAutoWidth(true);
        grid.addColumn(t -> t.assignee() == null ? "" : t.assignee()).setHeader(getTranslation("inbox.column.assignee"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> inbox.list(user, filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) inbox.count(user, filter()));
        grid.setEmptyStateText(getTranslation("inbox.empty"));
        add(new H2(getTranslation("menu.inbox")), filters, grid);
    }

    private Inbox.Filter filter() {
        return new Inbox.Filter(step.getValue(), title.getValue(),
                commune.selectedId(), overdue.getValue());
    }

    private Component due(InboxTask task) {
        Span due = new Span(task.due() == null ? "" : VietnamTime.DATE.withZone(VietnamTime.ZONE).format(task.due()) + " ("
                + (task.overdue() ? getTranslation("inbox.overdue") : task.daysLeft()) + ")");
        if (task.overdue()) {
            due.addClassName("overdue");
        } else if (task.nearDue()) {
            due.addClassName("near-due");
        }
        return due;
    }

    private Component actions(InboxTask task) {
        HorizontalLayout actions = new HorizontalLayout();
        if (task.assignee() == null) {
            Button claim = new Button(getTranslation("inbox.claim"), e -> claim(task));
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(claim);
        } else if (task.assignee().equals(user.username()) && task.step() != Step.COUNCIL_VOTE) {
            // A ballot is personal: there is nobody to hand it back to.
            Button release = new Button(getTranslation("inbox.release"), e -> {
                inbox.release(user, task.id());
                grid.getDataProvider().refreshAll();
            });
            release.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(release);
        }
        Button open = new Button(getTranslation("inbox.open"), e -> open(task));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        actions.add(open);
        return actions;
    }

    private void claim(InboxTask task) {
        try {
            inbox.claim(user, task.id());
            Toasts.success(getTranslation("inbox.claimed"));
        } catch (ConflictException e) {
            Toasts.error(getTranslation(e.messageKey(), e.arguments()));
        }
        grid.getDataProvider().refreshAll();
    }

    private void open(InboxTask task) {
        getUI().ifPresent(ui -> ui.navigate(TaskView.class, new RouteParameters("taskId", task.id())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.inbox");
    }
}
