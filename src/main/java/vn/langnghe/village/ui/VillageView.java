package vn.langnghe.village.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;
import vn.langnghe.village.HistoryLines;
import vn.langnghe.village.EntryKind;
import vn.langnghe.village.ExportFormat;
import vn.langnghe.village.LabourReport;
import vn.langnghe.village.RegistryEntry;
import vn.langnghe.village.RegistryExports;
import vn.langnghe.village.RegistryRow;
import vn.langnghe.village.RegistryService;
import vn.langnghe.village.ReviewFlag;
import vn.langnghe.village.RegistryReviews;
import vn.langnghe.village.RegistryStatus;
import vn.langnghe.village.ReviewEvent;
import vn.langnghe.documents.DocumentKind;
import vn.langnghe.documents.DocumentService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * A village's page: its registry record (units as they were and as they are), the review flags of the
 * last full year, and its yearly figures as a table and as charts. Its own commune files reports from here.
 */
@Route("so-lang-nghe/:id([0-9]+)")
@RolesAllowed({Role.Names.PROVINCIAL_STAFF, Role.Names.LEADER, Role.Names.COMMUNE_OFFICER})
public class VillageView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final double MILLION = 1_000_000;

    private final RegistryService registry;
    private final RegistryExports exports;
    private final RegistryReviews reviews;
    private final DocumentService documents;
    private final SignedInUser user = UserAccountService.current().orElseThrow();
    private String name = "";

    public VillageView(RegistryService registry, RegistryExports exports, RegistryReviews reviews,
            DocumentService documents) {
        this.registry = registry;
        this.reviews = reviews;
        this.documents = documents;
        this.exports = exports;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong("id").orElseThrow();
        try {
            show(registry.row(user, id), registry.entry(user, id), registry.reports(user, id),
                    registry.reviewFlags(user, id));
        } catch (vn.langnghe.common.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(RegistryRow row, RegistryEntry entry, List<LabourReport> reports, Set<ReviewFlag> flags) {
        removeAll();
        name = row.name();
        add(back(), new H2(row.name() + (row.title() == null ? "" : " · " + RegistryLabels.title(this, row))));
        add(facts(row, entry));
        if (entry.getKind() == EntryKind.VILLAGE && entry.getStatus().titleInForce()) {
            add(review(flags));
        }
        if (entry.getStatus() == RegistryStatus.REVOKED) {
            add(revoked(entry));
        }
        List<ReviewEvent> history = reviews.history(user, entry.getId());
        if (!history.isEmpty()) {
            UnorderedList steps = new UnorderedList();
            steps.addClassName("review-history");
            history.forEach(step -> steps.add(new ListItem(HistoryLines.describe(step, this::getTranslation))));
            add(new H3(getTranslation("revocation.history")), steps);
        }
        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        if (registry.mayReport(user, entry)) {
            Button file = new Button(getTranslation("village.fileReport"), VaadinIcon.EDIT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(LabourReportFormView.class,
                            new RouteParameters("id", String.valueOf(row.id())))));
            file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(file);
        }
        if (!reports.isEmpty()) {
            String base = "so-lieu-lang-nghe-" + row.id();
            actions.add(RegistryDownload.link(getTranslation("registry.export.csv"), ExportFormat.CSV, base,
                            out -> exports.reports(user, row.id(), ExportFormat.CSV, out)),
                    RegistryDownload.link(getTranslation("registry.export.xlsx"), ExportFormat.XLSX, base,
                            out -> exports.reports(user, row.id(), ExportFormat.XLSX, out)));
        }
        add(new H3(getTranslation("village.figures")), actions);
        if (reports.isEmpty()) {
            add(new Paragraph(getTranslation("village.noReports")));
            return;
        }
        add(table(reports), charts(reports));
        if (reports.stream().anyMatch(LabourReport::isIllustrative)) {
            Paragraph note = new Paragraph(getTranslation("registry.illustrative"));
            note.addClassName("illustrative-note");
            add(note);
        }
    }

    /** The revocation decision: number, date, reason, and the PDF when the application issued it. */
    private Div revoked(RegistryEntry entry) {
        Div box = new Div(new Paragraph(getTranslation("revocation.revokedBy", entry.getRevocationDecisionNumber(),
                RegistryLabels.date(this, entry.getRevokedOn()), entry.getRevocationReason())));
        box.addClassName("revoked");
        documents.issued(DocumentKind.REVOCATION, entry.getRevocationDecisionNumber()).ifPresent(pdf -> {
            Anchor download = new Anchor((DownloadHandler) event -> {
                event.setFileName(pdf.fileName());
                event.setContentType("application/pdf");
                event.getOutputStream().write(pdf.bytes());
            }, AttachmentType.DOWNLOAD, getTranslation("revocation.download"));
            download.addClassName("revocation-download");
            box.add(download);
        });
        return box;
    }

    private Component back() {
        return user.role() == Role.COMMUNE_OFFICER
                ? new RouterLink(getTranslation("village.communeMenu"), CommuneVillagesView.class)
                : new RouterLink(getTranslation("village.back"), RegistryView.class);
    }

    private DescriptionList facts(RegistryRow row, RegistryEntry entry) {
        DescriptionList facts = new DescriptionList();
        facts.addClassNames("facts", "village-facts");
        fact(facts, "village.facts.kind", getTranslation("village.kind." + row.kind().name()));
        fact(facts, "registry.column.title", RegistryLabels.title(this, row));
        facts.add(new DescriptionList.Term(getTranslation("registry.column.status")),
                new DescriptionList.Description(RegistryLabels.status(this, row.status())));
        fact(facts, "registry.column.activityGroup", RegistryLabels.activityGroup(this, row.activityGroup()));
        fact(facts, "registry.column.craft", RegistryLabels.text(this, row.craft()));
        fact(facts, "village.facts.hamlets", RegistryLabels.text(this, String.join(", ", entry.getHamlets())));
        fact(facts, "registry.column.commune", row.commune() + ", " + row.province());
        fact(facts, "registry.column.communeBefore2025", RegistryLabels.text(this, row.communeBefore2025()));
        fact(facts, "registry.column.districtBefore2025", RegistryLabels.text(this, row.districtBefore2025()));
        fact(facts, "registry.column.recognisedOn", RegistryLabels.date(this, row.recognisedOn()));
        fact(facts, "registry.column.decisionNumber", RegistryLabels.text(this, row.decisionNumber()));
        if (entry.getVillageId() != null) {
            facts.add(new DescriptionList.Term(getTranslation("village.facts.village")),
                    new DescriptionList.Description(new RouterLink(row.name(), VillageView.class,
                            new RouteParameters("id", String.valueOf(entry.getVillageId())))));
        }
        if (entry.getRevokedOn() != null) {
            fact(facts, "village.facts.revocation", getTranslation("village.revoked", entry.getRevocationDecisionNumber(),
                    RegistryLabels.date(this, entry.getRevokedOn()), entry.getRevocationReason()));
        }
        return facts;
    }

    private void fact(DescriptionList facts, String termKey, String value) {
        facts.add(new DescriptionList.Term(getTranslation(termKey)), new DescriptionList.Description(value));
    }

    private Div review(Set<ReviewFlag> flags) {
        int year = registry.lastFullYear();
        Div review = new Div(new H3(getTranslation("village.flags.heading", String.valueOf(year))));
        review.addClassName("review-flags");
        if (flags.isEmpty()) {
            review.add(new Paragraph(getTranslation("village.flags.none", String.valueOf(year))));
            return review;
        }
        review.addClassName("at-risk");
        UnorderedList list = new UnorderedList();
        flags.forEach(flag -> list.add(new ListItem(getTranslation("village.flag." + flag.name(), String.valueOf(year),
                String.valueOf(registry.participationThreshold())))));
        review.add(list);
        return review;
    }

    private Grid<LabourReport> table(List<LabourReport> reports) {
        Grid<LabourReport> table = new Grid<>(LabourReport.class, false);
        table.addColumn(r -> String.valueOf(r.getYear())).setHeader(getTranslation("report.field.year")).setAutoWidth(true);
        table.addColumn(r -> RegistryLabels.number(r.getTotalHouseholds()))
                .setHeader(getTranslation("report.field.totalHouseholds")).setAutoWidth(true);
        table.addColumn(r -> RegistryLabels.number(r.getParticipatingHouseholds()))
                .setHeader(getTranslation("report.field.participatingHouseholds")).setAutoWidth(true);
        table.addColumn(r -> RegistryLabels.percent(r.participationPercent()))
                .setHeader(getTranslation("report.column.participation")).setAutoWidth(true);
        table.addColumn(r -> RegistryLabels.number(r.getWorkersTotal()))
                .setHeader(getTranslation("report.field.workersTotal")).setAutoWidth(true);
        table.addColumn(r -> RegistryLabels.number(r.getWorkersRegular()))
                .setHeader(getTranslation("report.field.workersRegular")).setAutoWidth(true);
        table.addColumn(r -> RegistryLabels.number(r.getProductionValue()))
                .setHeader(getTranslation("report.field.productionValue")).setAutoWidth(true);
        table.addColumn(r -> RegistryLabels.number(r.getRevenue()))
                .setHeader(getTranslation("report.field.revenue")).setAutoWidth(true);
        table.addColumn(r -> r.getRevision() + (r.isIllustrative() ? " (" + getTranslation("village.illustrativeMark") + ")" : ""))
                .setHeader(getTranslation("report.column.revision")).setAutoWidth(true);
        table.setItems(reports);
        table.setAllRowsVisible(true);
        table.addClassName("figures-table");
        return table;
    }

    private Div charts(List<LabourReport> reports) {
        List<String> years = reports.stream().map(r -> String.valueOf(r.getYear())).toList();
        int threshold = registry.participationThreshold();
        Div charts = new Div(
                RegistryLabels.chart(SvgChart.lines(getTranslation("village.chart.participation"), years,
                        List.of(series("village.chart.participation", SvgChart.PRIMARY, reports,
                                LabourReport::participationPercent)),
                        new SvgChart.Reference(threshold, getTranslation("village.chart.threshold", String.valueOf(threshold))),
                        v -> RegistryLabels.number(v) + " %")),
                RegistryLabels.chart(SvgChart.lines(getTranslation("village.chart.workers"), years,
                        List.of(series("report.field.workersTotal", SvgChart.PRIMARY, reports, LabourReport::getWorkersTotal),
                                series("report.field.workersRegular", SvgChart.SECONDARY, reports,
                                        LabourReport::getWorkersRegular)),
                        null, v -> RegistryLabels.number(v))),
                RegistryLabels.chart(SvgChart.lines(getTranslation("village.chart.production"), years,
                        List.of(series("village.chart.productionSeries", SvgChart.PRIMARY, reports,
                                        r -> r.getProductionValue() / MILLION),
                                series("village.chart.revenueSeries", SvgChart.SECONDARY, reports, r -> r.getRevenue() / MILLION)),
                        null, v -> RegistryLabels.number(v))));
        charts.addClassName("charts");
        return charts;
    }

    private SvgChart.Series series(String nameKey, String colour, List<LabourReport> reports,
            ToDoubleFunction<LabourReport> value) {
        return new SvgChart.Series(getTranslation(nameKey), colour,
                reports.stream().map(r -> (Double) value.applyAsDouble(r)).toList());
    }

    @Override
    public String getPageTitle() {
        return name.isEmpty() ? getTranslation("menu.registry") : name;
    }
}
