package vn.langnghe.village.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.langnghe.criteria.Title;
import vn.langnghe.village.ExportFormat;
import vn.langnghe.village.PageWindow;
import vn.langnghe.village.RegistryExports;
import vn.langnghe.village.RegistryFilter;
import vn.langnghe.village.RegistryRow;
import vn.langnghe.village.RegistryService;

/** Open data without login: the recognised villages and crafts, with no personal data. */
@RestController
@RequestMapping(path = "/api/v1/public/villages", produces = MediaType.APPLICATION_JSON_VALUE)
class OpenDataController {

    private final RegistryService registry;
    private final RegistryExports exports;

    OpenDataController(RegistryService registry, RegistryExports exports) {
        this.registry = registry;
        this.exports = exports;
    }

    record OpenVillage(String name, Title title, String commune, String province, String decisionNumber,
            LocalDate recognisedOn, Integer activityGroup, String craft) {

        static OpenVillage of(RegistryRow row) {
            return new OpenVillage(row.name(), row.title(), row.commune(), row.province(), row.decisionNumber(),
                    row.recognisedOn(), row.activityGroup(), row.craft());
        }
    }

    record Page(List<OpenVillage> items, long total) {
    }

    @GetMapping
    Page list(@RequestParam(required = false) String q, @RequestParam(required = false) Title title,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        RegistryFilter filter = new RegistryFilter(q, title, null, null, null, null);
        int limit = Math.min(Math.max(size, 1), RegistryController.MAX_PAGE_SIZE);
        long total = registry.openDataCount(filter);
        return new Page(registry.openDataPage(filter, new PageWindow((long) Math.max(page, 0) * limit, limit, total))
                .stream().map(OpenVillage::of).toList(), total);
    }

    @GetMapping(path = "/export", produces = MediaType.ALL_VALUE)
    void csv(@RequestParam(required = false) String q, @RequestParam(required = false) Title title,
            HttpServletResponse response) throws IOException {
        Downloads.start(response, ExportFormat.CSV, "lang-nghe-cong-nhan");
        exports.openData(new RegistryFilter(q, title, null, null, null, null), ExportFormat.CSV,
                response.getOutputStream());
    }
}
