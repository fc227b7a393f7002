package vn.langnghe.village.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.common.Problem;
import vn.langnghe.criteria.Title;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.village.ExportFormat;
import vn.langnghe.village.PageWindow;
import vn.langnghe.village.RegistryExports;
import vn.langnghe.village.RegistryFilter;
import vn.langnghe.village.RegistryReviews;
import vn.langnghe.village.RegistryService;
import vn.langnghe.village.RegistryStatistics;
import vn.langnghe.village.RegistryStats;
import vn.langnghe.village.RegistryStatus;

/**
 * The registry for provincial systems and communes (HTTP Basic, the permission checks of
 * {@link RegistryService}): another commune's village answers 404, as a dossier does.
 */
@RestController
@RequestMapping(path = "/api/v1/registry", produces = MediaType.APPLICATION_JSON_VALUE)
class RegistryController {

    static final int MAX_PAGE_SIZE = 200;
    private static final int EARLIEST_STATS_YEAR = 2000;

    private final RegistryService registry;
    private final RegistryStatistics statistics;
    private final RegistryExports exports;
    private final RegistryReviews reviews;

    RegistryController(RegistryService registry, RegistryStatistics statistics, RegistryExports exports,
            RegistryReviews reviews) {
        this.registry = registry;
        this.reviews = reviews;
        this.statistics = statistics;
        this.exports = exports;
    }

    @GetMapping("/villages")
    VillageJson.Page list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) Title title, @RequestParam(required = false) RegistryStatus status,
            @RequestParam(required = false) Integer activityGroup, @RequestParam(required = false) Long province,
            @RequestParam(required = false) Long commune, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        RegistryFilter filter = new RegistryFilter(q, title, status, activityGroup, province, commune);
        int limit = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
        long total = registry.count(user, filter);
        return new VillageJson.Page(registry.page(user, filter, new PageWindow((long) Math.max(page, 0) * limit, limit,
                total)).stream().map(VillageJson::of).toList(), total);
    }

    /** The registry with the same filters, as CSV or XLSX, streamed. */
    @GetMapping(path = "/villages/export", produces = MediaType.ALL_VALUE)
    void export(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "CSV") ExportFormat format,
            @RequestParam(required = false) String q, @RequestParam(required = false) Title title,
            @RequestParam(required = false) RegistryStatus status,
            @RequestParam(required = false) Integer activityGroup, @RequestParam(required = false) Long province,
            @RequestParam(required = false) Long commune, HttpServletResponse response) throws IOException {
        registry.requireReader(user);
        Downloads.start(response, format, "so-lang-nghe");
        exports.registry(user, new RegistryFilter(q, title, status, activityGroup, province, commune), format,
                response.getOutputStream());
    }

    /** Body of an annual review: the year judged and, optionally, one commune. */
    record ReviewRequest(Integer year, Long communeId) {
    }

    /**
     * Starts the annual review (provincial staff): {@code {"year", "judged", "started": [entry ids]}}; each started
     * entry is under review with its revocation procedure in the reviewers' inbox.
     */
    @PostMapping(path = "/reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    RegistryReviews.Result review(@AuthenticationPrincipal SignedInUser user, @RequestBody ReviewRequest body) {
        return reviews.annualReview(user, body == null ? null : body.year(), body == null ? null : body.communeId());
    }

    @GetMapping("/villages/{id}")
    VillageJson.Detail get(@AuthenticationPrincipal SignedInUser user, @PathVariable Long id) {
        return VillageJson.Detail.of(registry.row(user, id), registry.entry(user, id), registry.reviewFlags(user, id),
                registry.reports(user, id));
    }

    @PostMapping(path = "/villages/{id}/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    VillageJson.Report fileReport(@AuthenticationPrincipal SignedInUser user, @PathVariable Long id,
            @RequestBody ReportRequest request) {
        try {
            return VillageJson.Report.of(registry.fileReport(user, id, request.toFigures()));
        } catch (InvalidInputException e) {
            throw ReportRequest.inJsonTerms(e);
        }
    }

    /** Every report filed for the year, corrections included, the first one first. */
    @GetMapping("/villages/{id}/reports/{year}")
    List<VillageJson.Report> revisions(@AuthenticationPrincipal SignedInUser user, @PathVariable Long id,
            @PathVariable int year) {
        return registry.revisions(user, id, year).stream().map(VillageJson.Report::of).toList();
    }

    @GetMapping(path = "/villages/{id}/reports/export", produces = MediaType.ALL_VALUE)
    void exportReports(@AuthenticationPrincipal SignedInUser user, @PathVariable Long id,
            @RequestParam(defaultValue = "CSV") ExportFormat format, HttpServletResponse response) throws IOException {
        registry.entry(user, id);
        Downloads.start(response, format, "so-lieu-lang-nghe-" + id);
        exports.reports(user, id, format, response.getOutputStream());
    }

    /** The dashboard's figures; the year defaults to the last full year. */
    @GetMapping("/stats")
    RegistryStats stats(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) Integer year) {
        int chosen = year == null ? registry.lastFullYear() : year;
        if (chosen < EARLIEST_STATS_YEAR || chosen > registry.lastFullYear() + 1) {
            throw new InvalidInputException(Problem.of("year", "dashboard.error.year",
                    String.valueOf(EARLIEST_STATS_YEAR), String.valueOf(registry.lastFullYear() + 1)));
        }
        return statistics.stats(user, chosen);
    }
}
