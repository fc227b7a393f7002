package vn.langnghe.territory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langnghe.common.NotFoundException;

/** Resolves a commune to its place now and as it was, following parents and mergers (successors). */
@Service
@Transactional(readOnly = true)
public class Places {

    private final AdministrativeUnits units;

    Places(AdministrativeUnits units) {
        this.units = units;
    }

    public Place of(Long communeId) {
        return place(unit(communeId), null);
    }

    /**
     * The place of a record made in {@code communeId} that is now in {@code communeNowId}: a commune split
     * across several successors has no single one, so the record's own location decides.
     */
    public Place of(Long communeId, Long communeNowId) {
        return place(unit(communeId), unit(communeNowId));
    }

    private AdministrativeUnit unit(Long id) {
        return units.findById(id).orElseThrow(() -> new NotFoundException("AdministrativeUnit", id));
    }

    private static Place place(AdministrativeUnit commune, AdministrativeUnit now) {
        AdministrativeUnit district = ancestor(commune, AdministrativeLevel.DISTRICT);
        AdministrativeUnit province = ancestor(commune, AdministrativeLevel.PROVINCE);
        AdministrativeUnit communeNow = now == null ? latest(commune) : now;
        AdministrativeUnit provinceNow = latest(ancestor(communeNow, AdministrativeLevel.PROVINCE));
        return new Place(communeNow.getName(), provinceNow.getName(), commune.getName(),
                district == null ? null : district.getName(), province.getName());
    }

    private static AdministrativeUnit ancestor(AdministrativeUnit unit, AdministrativeLevel level) {
        for (AdministrativeUnit u = unit; u != null; u = u.getParent()) {
            if (u.getLevel() == level) {
                return u;
            }
        }
        return null;
    }

    private static AdministrativeUnit latest(AdministrativeUnit unit) {
        AdministrativeUnit current = unit;
        while (current.getSuccessor() != null) {
            current = current.getSuccessor();
        }
        return current;
    }
}
