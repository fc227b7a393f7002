package vn.langnghe.territory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AdministrativeUnits extends JpaRepository<AdministrativeUnit, Long> {

    List<AdministrativeUnit> findByLevelOrderByName(AdministrativeLevel level);

    /** A unit by its official GSO code ("25", "05347"). */
    Optional<AdministrativeUnit> findByCode(String code);

    /**
     * Units in force at that level (the communes of {@code provinceCode} when given), whose folded name, code
     * or {@code formed_from} contain {@code pattern} (a LIKE pattern, {@code \} escapes), by name.
     */
    @Query(value = "SELECT u FROM AdministrativeUnit u LEFT JOIN u.parent p WHERE " + IN_FORCE + " ORDER BY u.name, u.code",
            countQuery = "SELECT COUNT(u) FROM AdministrativeUnit u LEFT JOIN u.parent p WHERE " + IN_FORCE)
    Page<AdministrativeUnit> inForce(@Param("level") AdministrativeLevel level,
            @Param("provinceCode") String provinceCode, @Param("pattern") String pattern, Pageable page);

    /** How many {@link #inForce} finds. */
    @Query("SELECT COUNT(u) FROM AdministrativeUnit u LEFT JOIN u.parent p WHERE " + IN_FORCE)
    long countInForce(@Param("level") AdministrativeLevel level, @Param("provinceCode") String provinceCode,
            @Param("pattern") String pattern);

    String IN_FORCE = """
            u.level = :level AND u.validTo IS NULL AND u.code IS NOT NULL
              AND (:provinceCode IS NULL OR p.code = :provinceCode)
              AND u.searchText LIKE :pattern ESCAPE '\\'""";
}
