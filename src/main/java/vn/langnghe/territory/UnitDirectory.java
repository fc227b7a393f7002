package vn.langnghe.territory;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langnghe.common.Folding;

/** The units in force, searchable by name, code or former name, each with what it was formed from and became. */
@Service
@Transactional(readOnly = true)
public class UnitDirectory {

    /** A unit in force: GSO code, official name, level, its province (null for a province), formed from. */
    public record Summary(Long id, String code, String name, AdministrativeLevel level, String province,
            List<String> formedFrom) {
    }

    /** A unit before or after another: its code when it has one, where it was, and when it was in force. */
    public record Link(Long id, String code, String name, AdministrativeLevel level, String district,
            String province, LocalDate validFrom, LocalDate validTo) {
    }

    /** One unit with the units it was formed from and those it became part of. */
    public record Detail(Summary unit, LocalDate validFrom, LocalDate validTo, List<Link> predecessors,
            List<Link> successors) {
    }

    /** "Xã Đại Đồng" before "Xã Nhân Nghĩa", as Vietnamese sorts (Đ follows D). */
    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    private final AdministrativeUnits units;
    private final String homeProvince;

    UnitDirectory(AdministrativeUnits units, @Value("${langnghe.province.code:25}") String homeProvince) {
        this.units = units;
        this.homeProvince = homeProvince;
    }

    /** The GSO code of the province this installation serves ({@code langnghe.province.code}). */
    public String homeProvince() {
        return homeProvince;
    }

    /**
     * The commune-level units of the province given by its code, or the provinces when it is null, that
     * match {@code q} (name, code or a former name; diacritics and case ignored; blank matches all).
     */
    public Page<Summary> inForce(String provinceCode, String q, Pageable page) {
        return units.inForce(level(provinceCode), province(provinceCode), pattern(q), page).map(UnitDirectory::summary);
    }

    /** How many units {@link #inForce} finds. */
    public long countInForce(String provinceCode, String q) {
        return units.countInForce(level(provinceCode), province(provinceCode), pattern(q));
    }

    private static AdministrativeLevel level(String provinceCode) {
        return province(provinceCode) == null ? AdministrativeLevel.PROVINCE : AdministrativeLevel.COMMUNE;
    }

    private static String province(String provinceCode) {
        return provinceCode == null || provinceCode.isBlank() ? null : provinceCode.strip();
    }

    /** The unit with that GSO code, or empty. */
    public Optional<Detail> byCode(String code) {
        return units.findByCode(code).map(u -> new Detail(summary(u), u.getValidFrom(), u.getValidTo(),
                links(u.getPredecessors()), links(u.getSuccessors())));
    }

    private static String pattern(String q) {
        String folded = Folding.fold(q).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + folded + "%";
    }

    private static Summary summary(AdministrativeUnit u) {
        AdministrativeUnit province = u.getLevel() == AdministrativeLevel.PROVINCE ? null : u.getParent();
        return new Summary(u.getId(), u.getCode(), u.getName(), u.getLevel(),
                province == null ? null : province.getName(), Arrangement.formedFrom(u.getFormedFrom()));
    }

    private static List<Link> links(Set<AdministrativeUnit> linked) {
        return linked.stream().sorted(Comparator.comparing(AdministrativeUnit::getName, VIETNAMESE)).map(u -> {
            AdministrativeUnit district = UnitHistory.ancestor(u, AdministrativeLevel.DISTRICT);
            AdministrativeUnit province = UnitHistory.ancestor(u.getParent(), AdministrativeLevel.PROVINCE);
            return new Link(u.getId(), u.getCode(), u.getName(), u.getLevel(),
                    district == null ? null : district.getName(), province == null ? null : province.getName(),
                    u.getValidFrom(), u.getValidTo());
        }).toList();
    }
}
