package vn.langnghe.territory.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.langnghe.common.NotFoundException;
import vn.langnghe.territory.UnitDirectory;

/**
 * Public reference data, no login: the administrative units in force with their GSO codes, and what each was
 * formed from and became part of.
 */
@RestController
@RequestMapping(path = "/api/v1/administrative-units", produces = MediaType.APPLICATION_JSON_VALUE)
class AdministrativeUnitController {

    static final int MAX_PAGE_SIZE = 500;

    private final UnitDirectory directory;

    AdministrativeUnitController(UnitDirectory directory) {
        this.directory = directory;
    }

    record Unit(String code, String name, String level, String province, List<String> formedFrom) {

        static Unit of(UnitDirectory.Summary s) {
            return new Unit(s.code(), s.name(), s.level().name(), s.province(), s.formedFrom());
        }
    }

    record Units(List<Unit> items, long total) {
    }

    record Linked(String code, String name, String level, String district, String province, LocalDate validFrom,
            LocalDate validTo) {

        static Linked of(UnitDirectory.Link l) {
            return new Linked(l.code(), l.name(), l.level().name(), l.district(), l.province(), l.validFrom(),
                    l.validTo());
        }
    }

    record Detail(String code, String name, String level, String province, List<String> formedFrom,
            LocalDate validFrom, LocalDate validTo, List<Linked> predecessors, List<Linked> successors) {
    }

    /** The communes of {@code province} (its GSO code), or the provinces when none is given; {@code q} filters. */
    @GetMapping
    Units list(@RequestParam(required = false) String province, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Page<UnitDirectory.Summary> found = directory.inForce(province, q,
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE)));
        return new Units(found.stream().map(Unit::of).toList(), found.getTotalElements());
    }

    @GetMapping("/{code}")
    Detail one(@PathVariable String code) {
        UnitDirectory.Detail d = directory.byCode(code)
                .orElseThrow(() -> new NotFoundException("AdministrativeUnit", code));
        Unit unit = Unit.of(d.unit());
        return new Detail(unit.code(), unit.name(), unit.level(), unit.province(), unit.formedFrom(),
                d.validFrom(), d.validTo(), d.predecessors().stream().map(Linked::of).toList(), d.successors().stream().map(Linked::of).toList());
    }
}
