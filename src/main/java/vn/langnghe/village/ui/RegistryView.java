package vn.langnghe.village.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.IntStream;
import vn.langnghe.criteria.Title;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;
import vn.langnghe.territory.Placement;
import vn.langnghe.territory.UnitDirectory;
import vn.langnghe.territory.UnitHistory;
import vn.langnghe.territory.ui.CommunePicker;
import vn.langnghe.village.ExportFormat;
import vn.langnghe.village.RegistryExports;
import vn.langnghe.village.RegistryFilter;
import vn.langnghe.village.RegistryService;
import vn.langnghe.village.RegistryStatus;

/**
 * "Sổ làng nghề": every village and craft the province knows, searched without diacritics, filtered,
 * and downloaded as CSV or XLSX with the filters on screen. The provincial staff's home.
 */
@Route("so-lang-nghe")
@Menu(order = 30, title = "menu.registry", icon = "BOOK")
@RolesAllowed({Role.Names.PROVINCIAL_STAFF, Role.Names.LEADER})
public class RegistryView extends VerticalLayout implements HasDynamicTitle {

    private final RegistryService registry;
    private final SignedInUser user = UserAccountService.current().orElseThrow();
    private final TextField search = FilterFields.search(this);
    private final Select<Title> title = FilterFields.anyOf(this, "registry.column.title", List.of(Title.values()),
            t -> getTranslation("title." + t.name()));
    private final Select<RegistryStatus> status = FilterFields.anyOf(this, "registry.column.status",
            List.of(RegistryStatus.values()), s -> getTranslation("registry.status." + s.name()));
    private final Select<Integer> activityGroup = FilterFields.anyOf(this, "registry.column.activityGroup",
            IntStream.rangeClosed(1, 7).boxed().toList(), g -> RegistryLabels.activityGroup(this, g));
    private final Select<Placement.Unit> province;
    private final CommunePicker commune;
    private final RegistryGrid grid = new RegistryGrid(true);
    private final Span count = new Span();
    /** The filters as they were at the last change: what the grid shows and the download links export. */
    private volatile RegistryFilter filter = RegistryFilter.none();

    public RegistryView(RegistryService registry, RegistryExports exports, UnitHistory units, UnitDirectory directory) {
        this.registry = registry;
        setSizeFull();

        province = FilterFields.anyOf(this, "registry.column.province", units.currentProvinces(), Placement.Unit::name);
        commune = new CommunePicker(directory, getTranslation("registry.column.commune"));
        commune.setPlaceholder(getTranslation("registry.filter.all"));
        search.addValueChangeListener(e -> refresh());
        title.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        activityGroup.addValueChangeListener(e -> refresh());
        province.addValueChangeListener(e -> refresh());
        commune.addValueChangeListener(e -> refresh());

        HorizontalLayout filters = new HorizontalLayout(search, title, status, activityGroup, province, commune);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        HorizontalLayout downloads = new HorizontalLayout(count,
                RegistryDownload.link(getTranslation("registry.export.csv"), ExportFormat.CSV, "so-lang-nghe",
                        out -> exports.registry(user, filter, ExportFormat.CSV, out)),
                RegistryDownload.link(getTranslation("registry.export.xlsx"), ExportFormat.XLSX, "so-lang-nghe",
                        out -> exports.registry(user, filter, ExportFormat.XLSX, out)));
        downloads.setAlignItems(FlexComponent.Alignment.CENTER);

        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(VillageView.class,
                new RouteParameters("id", String.valueOf(e.getItem().id())))));
        Paragraph illustrative = new Paragraph(getTranslation("registry.illustrative"));
        illustrative.addClassName("illustrative-note");

        grid.setMinHeight("24em");
        add(new H2(getTranslation("menu.registry")), new Paragraph(getTranslation("registry.intro")), filters,
                downloads, grid, illustrative);
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        filter = new RegistryFilter(search.getValue(), title.getValue(), status.getValue(), activityGroup.getValue(),
                province.getValue() == null ? null : province.getValue().id(),
                commune.selectedId());
        long total = registry.count(user, filter);
        grid.show(total, window -> registry.page(user, filter, window));
        count.setText(getTranslation("registry.count", RegistryLabels.number(total)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.registry");
    }
}
