package vn.langnghe.village.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import vn.langnghe.dossier.DossierPipeline;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;
import vn.langnghe.village.RegistryService;
import vn.langnghe.village.RegistryReviews;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.ui.Toasts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import vn.langnghe.village.RegistryStatistics;
import vn.langnghe.village.RegistryStats;

/**
 * "Thống kê": the year's figures for provincial staff and the leader, each number beside its chart.
 * Every figure comes from one aggregate query ({@link RegistryStatistics}).
 */
@Route("thong-ke")
@Menu(order = 31, title = "dashboard.menu", icon = "CHART")
@RolesAllowed({Role.Names.PROVINCIAL_STAFF, Role.Names.LEADER})
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    private static final int YEARS_OFFERED = 10;

    private final RegistryStatistics statistics;
    private final RegistryService registry;
    private final SignedInUser user = UserAccountService.current().orElseThrow();
    private final Select<Integer> year = new Select<>();
    private final Div content = new Div();

    private final RegistryReviews reviews;

    public DashboardView(RegistryStatistics statistics, RegistryService registry, RegistryReviews reviews) {
        this.statistics = statistics;
        this.registry = registry;
        this.reviews = reviews;
        setWidthFull();
        int last = registry.lastFullYear();
        year.setLabel(getTranslation("dashboard.year"));
        year.setItems(IntStream.rangeClosed(0, YEARS_OFFERED).map(i -> last + 1 - i).boxed().toList());
        year.setItemLabelGenerator(String::valueOf);
        year.setValue(last);
        year.addValueChangeListener(e -> show(e.getValue()));
        content.addClassName("dashboard");
        Paragraph illustrative = new Paragraph(getTranslation("registry.illustrative"));
        illustrative.addClassName("illustrative-note");
        add(new H2(getTranslation("dashboard.heading")), year, content, illustrative);
        if (user.role() == Role.PROVINCIAL_STAFF) {
            add(annualReview(last));
        }
        show(last);
    }

    /** Starts the annual review for a chosen year (docs/domain.md §3 step 7): provincial staff only. */
    private Div annualReview(int last) {
        Select<Integer> reviewYear = new Select<>();
        reviewYear.setLabel(getTranslation("revocation.annual.year"));
        reviewYear.setItems(IntStream.rangeClosed(0, YEARS_OFFERED).map(i -> last + 1 - i).boxed().toList());
        reviewYear.setItemLabelGenerator(String::valueOf);
        reviewYear.setValue(last);
        reviewYear.setId("review-year");
        Button start = new Button(getTranslation("revocation.annual.start"), e -> {
            try {
                RegistryReviews.Result result = reviews.annualReview(user, reviewYear.getValue(), null);
                Toasts.success(getTranslation("revocation.annual.done", String.valueOf(result.judged()),
                        String.valueOf(result.started().size())));
                show(year.getValue());
            } catch (InvalidInputException ex) {
                ex.problems().forEach(p -> Toasts.error(getTranslation(p.messageKey(), p.argumentArray())));
            }
        });
        start.setId("start-review");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(reviewYear, start);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph help = new Paragraph(getTranslation("revocation.annual.help"));
        help.addClassName("help");
        Div section = new Div(new H3(getTranslation("revocation.annual.start")), help, row);
        section.addClassName("annual-review");
        return section;
    }

    private void show(int chosen) {
        RegistryStats stats = statistics.stats(user, chosen);
        content.removeAll();
        String yearText = String.valueOf(chosen);
        Div figures = new Div(
                figure("dashboard-recognised", "dashboard.recognised", stats.recognised().total(), null),
                figure("dashboard-workers", "dashboard.workers", stats.workers().total(),
                        getTranslation("dashboard.workersValue", number(stats.workers().regular()))),
                figure("dashboard-households", "dashboard.households", stats.households().participating(),
                        getTranslation("dashboard.householdsValue", number(stats.households().total()))),
                figure("dashboard-at-risk", "dashboard.atRisk", stats.atRisk(), getTranslation("dashboard.atRiskHelp",
                        yearText, String.valueOf(registry.participationThreshold()))));
        figures.addClassName("dashboard-figures");
        content.add(figures);
        Div charts = new Div(
                section("dashboard.byTitle", stats.recognised().byTitle(), t -> getTranslation("title." + t.name())),
                section("dashboard.byActivityGroup", stats.recognised().byActivityGroup(),
                        g -> RegistryLabels.activityGroup(this, g)),
                section("dashboard.byCommune", stats.recognised().byCommune(), Function.identity()),
                section("dashboard.pipeline", stats.pipeline(), s -> getTranslation("dossier.state." + s)),
                section("dashboard.decisions", decisions(stats.decisions()), Function.identity()));
        charts.addClassName("charts");
        content.add(charts);
    }

    /** Within the limit first, then late. */
    private Map<String, Long> decisions(DossierPipeline.Timeliness timeliness) {
        Map<String, Long> decisions = new LinkedHashMap<>();
        decisions.put(getTranslation("dashboard.withinLimit"), timeliness.withinLimit());
        decisions.put(getTranslation("dashboard.late"), timeliness.late());
        return decisions;
    }

    private Div figure(String className, String labelKey, long value, String detail) {
        Span number = new Span(number(value));
        number.addClassName("figure-value");
        Div figure = new Div(new Span(getTranslation(labelKey)), number);
        if (detail != null) {
            Span small = new Span(detail);
            small.addClassName("figure-detail");
            figure.add(small);
        }
        figure.addClassNames("figure", className);
        return figure;
    }

    private <K> Component section(String headingKey, Map<K, Long> counts, Function<K, String> label) {
        Div section = new Div(new H3(getTranslation(headingKey)));
        section.addClassName("dashboard-section");
        List<SvgChart.Bar> bars = counts.entrySet().stream()
                .map(e -> new SvgChart.Bar(label.apply(e.getKey()), e.getValue())).toList();
        if (bars.stream().allMatch(b -> b.value() == 0)) {
            section.add(new Paragraph(getTranslation("dashboard.none")));
        } else {
            section.add(RegistryLabels.chart(SvgChart.bars(getTranslation(headingKey), bars, this::number)));
        }
        return section;
    }

    private String number(double value) {
        return RegistryLabels.number(value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.heading");
    }
}
