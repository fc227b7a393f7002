package vn.langnghe.criteria.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.langnghe.criteria.CriteriaCheck;
import vn.langnghe.criteria.CriteriaChecker;

/** The public pre-check: anyone may ask whether figures would meet Decree 52's criteria. No personal data. */
@RestController
class CriteriaCheckController {

    private final CriteriaChecker checker;

    CriteriaCheckController(CriteriaChecker checker) {
        this.checker = checker;
    }

    @Operation(summary = "Check figures against the criteria of Decree 52/2018 (Art. 5), without login")
    @SecurityRequirements
    @PostMapping(path = "/api/v1/criteria/check", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    CriteriaCheck check(@RequestBody CriteriaCheckRequest request) {
        return checker.check(request.toInput(), LocaleContextHolder.getLocale());
    }
}
