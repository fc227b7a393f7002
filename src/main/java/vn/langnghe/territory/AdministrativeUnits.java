package vn.langnghe.territory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AdministrativeUnits extends JpaRepository<AdministrativeUnit, Long> {

    /** The commune of that name, or empty when there is none (or several with that name). */
    Optional<AdministrativeUnit> findByLevelAndName(AdministrativeLevel level, String name);

    List<AdministrativeUnit> findByLevelOrderByName(AdministrativeLevel level);
}
