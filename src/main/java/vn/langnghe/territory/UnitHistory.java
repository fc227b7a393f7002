package vn.langnghe.territory;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Follows the parent and successor links, so a record keeps the old units and shows the current ones. */
@Service
@Transactional(readOnly = true)
public class UnitHistory {

    private final AdministrativeUnits units;

    UnitHistory(AdministrativeUnits units) {
        this.units = units;
    }

    /** The commune's placement, or empty when there is no commune with that id. */
    public Optional<Placement> placement(Long communeId) {
        return units.findById(communeId).filter(u -> u.getLevel() == AdministrativeLevel.COMMUNE).map(commune -> {
            AdministrativeUnit district = ancestor(commune, AdministrativeLevel.DISTRICT);
            AdministrativeUnit province = ancestor(commune, AdministrativeLevel.PROVINCE);
            AdministrativeUnit communeNow = latest(commune);
            AdministrativeUnit provinceNow = latest(ancestor(communeNow, AdministrativeLevel.PROVINCE));
            return new Placement(unit(commune), unit(district), unit(province), unit(communeNow), unit(provinceNow));
        });
    }

    /** The provinces in force today, by name. */
    public List<Placement.Unit> currentProvinces() {
        return units.findByLevelOrderByName(AdministrativeLevel.PROVINCE).stream()
                .filter(u -> u.getSuccessor() == null && u.getValidTo() == null).map(UnitHistory::unit).toList();
    }

    /** Every commune, old and current, by name. */
    public List<Placement.Unit> communes() {
        return units.findByLevelOrderByName(AdministrativeLevel.COMMUNE).stream().map(UnitHistory::unit).toList();
    }

    static AdministrativeUnit ancestor(AdministrativeUnit unit, AdministrativeLevel level) {
        AdministrativeUnit current = unit;
        while (current != null && current.getLevel() != level) {
            current = current.getParent();
        }
        return current;
    }

    private static AdministrativeUnit latest(AdministrativeUnit unit) {
        AdministrativeUnit current = unit;
        while (current != null && current.getSuccessor() != null) {
            current = current.getSuccessor();
        }
        return current;
    }

    private static Placement.Unit unit(AdministrativeUnit unit) {
        return unit == null ? null : new Placement.Unit(unit.getId(), unit.getName());
    }
}
