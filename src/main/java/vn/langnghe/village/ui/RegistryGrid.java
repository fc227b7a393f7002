package vn.langnghe.village.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import java.util.function.Function;
import vn.langnghe.village.PageWindow;
import vn.langnghe.village.RegistryRow;

/**
 * The registry as a lazy grid: the page asks for one window of rows at a time, out of a total counted once
 * per filter. The open data shows only public columns; signed-in staff also see the status and the former units.
 */
class RegistryGrid extends Grid<RegistryRow> {

    RegistryGrid(boolean staffColumns) {
        super(RegistryRow.class, false);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        addColumn(RegistryRow::name).setHeader(getTranslation("registry.column.name")).setFlexGrow(1)
                .setAutoWidth(true);
        addColumn(r -> RegistryLabels.title(this, r)).setHeader(getTranslation("registry.column.title"))
                .setAutoWidth(true);
        if (staffColumns) {
            addComponentColumn(r -> RegistryLabels.status(this, r.status()))
                    .setHeader(getTranslation("registry.column.status")).setAutoWidth(true);
        }
        addColumn(RegistryRow::craft).setHeader(getTranslation("registry.column.craft")).setAutoWidth(true);
        addColumn(RegistryRow::activityGroup).setHeader(getTranslation("registry.column.activityGroup"))
                .setTooltipGenerator(r -> RegistryLabels.activityGroup(this, r.activityGroup())).setAutoWidth(true);
        addColumn(RegistryRow::commune).setHeader(getTranslation("registry.column.commune")).setAutoWidth(true);
        addColumn(RegistryRow::province).setHeader(getTranslation("registry.column.province")).setAutoWidth(true);
        if (staffColumns) {
            addColumn(RegistryRow::communeBefore2025).setHeader(getTranslation("registry.column.communeBefore2025"))
                    .setAutoWidth(true);
            addColumn(RegistryRow::districtBefore2025).setHeader(getTranslation("registry.column.districtBefore2025"))
                    .setAutoWidth(true);
        }
        addColumn(r -> RegistryLabels.date(this, r.recognisedOn())).setHeader(getTranslation("registry.column.recognisedOn"))
                .setAutoWidth(true);
        addColumn(r -> RegistryLabels.text(this, r.decisionNumber()))
                .setHeader(getTranslation("registry.column.decisionNumber")).setAutoWidth(true);
        setEmptyStateText(getTranslation("registry.empty"));
    }

    /**
     * Shows {@code total} rows (what the filter just counted), read a window at a time through {@code pages};
     * the grid starts again from the top.
     */
    void show(long total, Function<PageWindow, List<RegistryRow>> pages) {
        setItems(query -> pages.apply(new PageWindow(query.getOffset(), query.getLimit(), total)).stream(),
                query -> (int) total);
    }
}
