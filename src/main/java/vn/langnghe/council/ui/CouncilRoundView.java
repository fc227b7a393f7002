package vn.langnghe.council.ui;

import vn.langnghe.dossier.ui.DossierLabels;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.langnghe.common.ConflictException;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.council.AgendaItem;
import vn.langnghe.council.CouncilMember;
import vn.langnghe.council.CouncilRound;
import vn.langnghe.council.CouncilService;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierProgress;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;
import vn.langnghe.territory.Places;
import vn.langnghe.ui.Confirmations;
import vn.langnghe.ui.Toasts;

/**
 * One council round. While it is prepared, department staff choose the dossiers on its agenda and open it;
 * while it is open, members vote from their inbox and the chair may close it once a quorum has taken part;
 * once closed, it shows the result on each dossier.
 */
@Route("hoi-dong-xet-duyet/:id([0-9]+)")
@RolesAllowed({Role.Names.INTAKE_OFFICER, Role.Names.REVIEWER, Role.Names.COUNCIL_MEMBER, Role.Names.LEADER})
public class CouncilRoundView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CouncilService council;
    private final DossierProgress dossiers;
    private final Places places;
    private final SignedInUser user = UserAccountService.current().orElseThrow();
    private CouncilRound round;

    public CouncilRoundView(CouncilService council, DossierProgress dossiers, Places places) {
        this.council = council;
        this.dossiers = dossiers;
        this.places = places;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong("id").orElseThrow();
        try {
            round = council.get(user, id);
        } catch (vn.langnghe.common.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    private void render() {
        round = council.get(user, round.getId());
        removeAll();
        Span status = new Span(getTranslation("council.status." + round.getStatus().name()));
        status.getElement().getThemeList().add("badge");
        HorizontalLayout header = new HorizontalLayout(new H2(round.getName()), status);
        header.setAlignItems(Alignment.BASELINE);
        add(header, facts());
        List<AgendaItem> agenda = council.agenda(user, round.getId());
        boolean organiser = user.role() == Role.INTAKE_OFFICER || user.role() == Role.REVIEWER;
        switch (round.getStatus()) {
            case DRAFT -> add(organiser ? agendaEditor(agenda) : agendaList(agenda, false));
            case OPEN -> add(progress(), agendaList(agenda, false));
            case CLOSED -> add(agendaList(agenda, true));
        }
    }

    private Component facts() {
        DescriptionList facts = new DescriptionList();
        fact(facts, "council.field.chair", round.fullNameOf(round.getChair()));
        fact(facts, "council.field.members", round.getMembers().stream().map(CouncilMember::fullName)
                .collect(Collectors.joining(", ")));
        fact(facts, "council.field.rule", getTranslation("council.rule", round.getQuorum(), round.getMembers().size(),
                round.getThresholdPercent()));
        if (round.getClosedAt() != null) {
            fact(facts, "council.field.closedAt", DossierLabels.dateTime(round.getClosedAt())
                    + " – " + getTranslation(Boolean.TRUE.equals(round.getClosedByChair()) ? "council.closedByChair"
                            : "council.closedAllVoted"));
        }
        facts.addClassName("facts");
        return facts;
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }

    private Component agendaEditor(List<AgendaItem> agenda) {
        Set<Long> onAgenda = agenda.stream().map(AgendaItem::getDossierId).collect(Collectors.toSet());
        List<Dossier> choices = new ArrayList<>(dossiers.findAll(onAgenda));
        choices.addAll(council.candidates());
        Grid<Dossier> grid = dossierGrid();
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setItems(choices);
        choices.stream().filter(d -> onAgenda.contains(d.getId())).forEach(grid::select);
        grid.setEmptyStateText(getTranslation("council.agenda.noCandidates"));
        Button save = new Button(getTranslation("council.agenda.save"), e -> act(() -> council.setAgenda(user,
                round.getId(), grid.getSelectedItems().stream().map(Dossier::getId).sorted().toList()),
                "council.agenda.saved"));
        Button open = new Button(getTranslation("council.open"), e -> Confirmations.ask(
                getTranslation("council.open.confirmHeader"),
                getTranslation("council.open.confirmText", grid.getSelectedItems().size(), round.getMembers().size()),
                getTranslation("council.open.confirm"), getTranslation("council.cancel"), () -> act(() -> {
                    council.setAgenda(user, round.getId(),
                            grid.getSelectedItems().stream().map(Dossier::getId).sorted().toList());
                    council.open(user, round.getId());
                }, "council.opened")));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph help = new Paragraph(getTranslation("council.agenda.help"));
        help.addClassName("help");
        return new VerticalLayout(new H3(getTranslation("council.agenda.heading")), help, grid,
                new HorizontalLayout(save, open));
    }

    private Component progress() {
        long participants = council.participants(user, round.getId());
        VerticalLayout layout = new VerticalLayout(new Paragraph(getTranslation("council.participants", participants,
                round.getMembers().size(), round.getQuorum())));
        layout.setPadding(false);
        if (round.getChair().equals(user.username())) {
            Button close = new Button(getTranslation("council.close"), e -> act(() -> council.requestClose(user,
                    round.getId()), "council.closed"));
            close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Paragraph help = new Paragraph(getTranslation("council.close.help"));
            help.addClassName("help");
            layout.add(help, close);
        } else if (round.isMember(user.username())) {
            layout.add(new Paragraph(getTranslation("council.voteInInbox")));
        }
        return layout;
    }

    private Component agendaList(List<AgendaItem> agenda, boolean results) {
        Map<Long, Dossier> byId = dossiers.findAll(agenda.stream().map(AgendaItem::getDossierId).toList()).stream()
                .collect(Collectors.toMap(Dossier::getId, Function.identity()));
        Map<Dossier, AgendaItem> items = new LinkedHashMap<>();
        agenda.forEach(item -> items.put(byId.get(item.getDossierId()), item));
        Grid<Dossier> grid = dossierGrid();
        if (results) {
            grid.addColumn(d -> getTranslation("council.result." + items.get(d).getResult().name()))
                    .setHeader(getTranslation("council.field.result")).setAutoWidth(true);
            grid.addColumn(d -> getTranslation("council.tally", items.get(d).getAgree(), items.get(d).getDisagree(),
                    items.get(d).getRecused())).setHeader(getTranslation("council.field.tally")).setAutoWidth(true);
        }
        grid.setItems(items.keySet());
        return new VerticalLayout(new H3(getTranslation(results ? "council.results.heading" : "council.agenda.heading")),
                grid);
    }

    private Grid<Dossier> dossierGrid() {
        Grid<Dossier> grid = new Grid<>(Dossier.class, false);
        grid.addComponentColumn(d -> new Anchor("ho-so/" + d.getId(), getTranslation("council.dossier",
                String.valueOf(d.getId()), getTranslation("title." + d.getTitle().name()),
                d.getVillageName() == null ? d.getCraft() : d.getVillageName())))
                .setHeader(getTranslation("inbox.column.dossier")).setFlexGrow(3);
        Map<Long, String> communes = new HashMap<>();
        grid.addColumn(d -> communes.computeIfAbsent(d.getCommuneId(), id -> places.of(id).commune()))
                .setHeader(getTranslation("inbox.filter.commune")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void act(Runnable action, String successKey) {
        try {
            action.run();
            Toasts.success(getTranslation(successKey));
            render();
        } catch (InvalidInputException e) {
            Toasts.error(e.problems().stream().map(p -> getTranslation(p.messageKey(), p.argumentArray()))
                    .collect(Collectors.joining(" ")));
        } catch (ConflictException e) {
            Toasts.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    @Override
    public String getPageTitle() {
        return round == null ? getTranslation("menu.council") : round.getName();
    }
}
