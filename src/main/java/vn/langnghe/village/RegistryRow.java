package vn.langnghe.village;

import java.time.LocalDate;
import vn.langnghe.criteria.Title;

/**
 * One line of the registry with the unit names joined in: the commune and province as they are now, and
 * the commune and district as they were before the 2025 reform.
 */
public record RegistryRow(Long id, EntryKind kind, String name, Title title, RegistryStatus status,
        Integer activityGroup, String craft, String commune, String communeBefore2025, String districtBefore2025,
        String province, LocalDate recognisedOn, String decisionNumber) {
}
