package vn.langnghe.village.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import vn.langnghe.criteria.Title;
import vn.langnghe.village.ExportFormat;
import vn.langnghe.village.RegistryExports;
import vn.langnghe.village.RegistryFilter;
import vn.langnghe.village.RegistryService;

/** Open data without login: the recognised villages and crafts, searchable, with a CSV download. */
@Route(value = "lang-nghe-cong-nhan", autoLayout = false)
@StyleSheet("styles/app.css")
@AnonymousAllowed
public class OpenDataView extends VerticalLayout implements HasDynamicTitle {

    private final TextField search = FilterFields.search(this);
    private final Select<Title> title = FilterFields.anyOf(this, "registry.column.title", List.of(Title.values()),
            t -> getTranslation("title." + t.name()));
    private final RegistryGrid grid = new RegistryGrid(false);
    private final Span count = new Span();
    private final RegistryService registry;
    private volatile RegistryFilter filter = RegistryFilter.none();

    public OpenDataView(RegistryService registry, RegistryExports exports) {
        this.registry = registry;
        addClassName("open-data");
        setSizeFull();
        search.addValueChangeListener(e -> refresh());
        title.addValueChangeListener(e -> refresh());

        HorizontalLayout tools = new HorizontalLayout(search, title, count,
                RegistryDownload.link(getTranslation("openData.download"), ExportFormat.CSV, "lang-nghe-cong-nhan",
                        out -> exports.openData(filter, ExportFormat.CSV, out)));
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);
        add(new Anchor("login", getTranslation("openData.login")), new H1(getTranslation("openData.heading")),
                new Paragraph(getTranslation("openData.intro")), tools, grid);
        grid.setMinHeight("24em");
        setFlexGrow(1, grid);
        refresh();
    }

    private void refresh() {
        filter = new RegistryFilter(search.getValue(), title.getValue(), null, null, null, null);
        long total = registry.openDataCount(filter);
        grid.show(total, window -> registry.openDataPage(filter, window));
        count.setText(getTranslation("registry.count", RegistryLabels.number(total)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("openData.heading");
    }
}
