package vn.langnghe.village;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.village.Spreadsheets.Column;

/**
 * The registry and a village's yearly figures as CSV or XLSX, with Vietnamese headers. The registry is
 * streamed from the database row by row, so its size does not matter.
 */
@Service
public class RegistryExports {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final RegistryService registry;
    private final MessageSource messages;

    RegistryExports(RegistryService registry, MessageSource messages) {
        this.registry = registry;
        this.messages = messages;
    }

    /** Every entry the user may see that matches the filter. */
    public void registry(SignedInUser user, RegistryFilter filter, ExportFormat format, OutputStream out)
            throws IOException {
        Spreadsheets.write(format, registryColumns(), sink -> registry.forEach(user, filter, sink),
                text("registry.export.sheet"), out);
    }

    /** The open data: recognised villages and crafts, for anyone. */
    public void openData(RegistryFilter filter, ExportFormat format, OutputStream out) throws IOException {
        List<Column<RegistryRow>> columns = List.of(
                new Column<>(text("registry.column.name"), RegistryRow::name),
                new Column<>(text("registry.column.title"), this::title),
                new Column<>(text("registry.column.commune"), RegistryRow::commune),
                new Column<>(text("registry.column.province"), RegistryRow::province),
                new Column<>(text("registry.column.decisionNumber"), RegistryRow::decisionNumber),
                new Column<>(text("registry.column.recognisedOn"), RegistryRow::recognisedOn),
                new Column<>(text("registry.column.activityGroup"), RegistryRow::activityGroup),
                new Column<>(text("registry.column.craft"), RegistryRow::craft));
        Spreadsheets.write(format, columns, sink -> registry.openDataForEach(filter, sink),
                text("openData.sheet"), out);
    }

    /** The current report of each year for one entry the user may see. */
    public void reports(SignedInUser user, Long id, ExportFormat format, OutputStream out) throws IOException {
        List<LabourReport> reports = registry.reports(user, id);
        List<Column<LabourReport>> columns = List.of(
                new Column<>(text("report.field.year"), LabourReport::getYear),
                new Column<>(text("report.field.totalHouseholds"), LabourReport::getTotalHouseholds),
                new Column<>(text("report.field.participatingHouseholds"), LabourReport::getParticipatingHouseholds),
                new Column<>(text("report.column.participation"), r -> Math.round(r.participationPercent() * 10) / 10.0),
                new Column<>(text("report.field.workersTotal"), LabourReport::getWorkersTotal),
                new Column<>(text("report.field.workersRegular"), LabourReport::getWorkersRegular),
                new Column<>(text("report.field.productionValue"), LabourReport::getProductionValue),
                new Column<>(text("report.field.revenue"), LabourReport::getRevenue),
                new Column<>(text("report.column.revision"), LabourReport::getRevision),
                new Column<>(text("report.column.illustrative"),
                        r -> text(r.isIllustrative() ? "report.yes" : "report.no")));
        Spreadsheets.write(format, columns, reports::forEach, text("report.export.sheet"), out);
    }

    private List<Column<RegistryRow>> registryColumns() {
        return List.of(
                new Column<>(text("registry.column.id"), RegistryRow::id),
                new Column<>(text("registry.column.name"), RegistryRow::name),
                new Column<>(text("registry.column.title"), this::title),
                new Column<>(text("registry.column.status"), r -> text("registry.status." + r.status().name())),
                new Column<>(text("registry.column.activityGroup"), RegistryRow::activityGroup),
                new Column<>(text("registry.column.craft"), RegistryRow::craft),
                new Column<>(text("registry.column.commune"), RegistryRow::commune),
                new Column<>(text("registry.column.province"), RegistryRow::province),
                new Column<>(text("registry.column.communeBefore2025"), RegistryRow::communeBefore2025),
                new Column<>(text("registry.column.districtBefore2025"), RegistryRow::districtBefore2025),
                new Column<>(text("registry.column.recognisedOn"), RegistryRow::recognisedOn),
                new Column<>(text("registry.column.decisionNumber"), RegistryRow::decisionNumber));
    }

    private String title(RegistryRow row) {
        return row.title() == null ? text("registry.noTitle") : text("title." + row.title().name());
    }

    private String text(String key) {
        return messages.getMessage(key, null, VIETNAMESE);
    }
}
