package vn.langnghe.village;

import vn.langnghe.criteria.Title;

/**
 * What the registry is narrowed to; every part may be null (any). {@code q} matches the name, the craft,
 * the commune (old or new) and the former district, ignoring diacritics and case; {@code communeId}
 * matches the commune as recorded or as it is now.
 */
public record RegistryFilter(String q, Title title, RegistryStatus status, Integer activityGroup, Long provinceId,
        Long communeId) {

    public static RegistryFilter none() {
        return new RegistryFilter(null, null, null, null, null, null);
    }
}
