package vn.langnghe.territory;

/**
 * Where a commune sits, as it was and as it is now. {@code district} is null for a commune that never
 * had one (created after the 2025 reform); {@code communeNow} is the commune itself when no merger
 * replaced it.
 */
public record Placement(Unit commune, Unit district, Unit province, Unit communeNow, Unit provinceNow) {

    public record Unit(Long id, String name) {
    }
}
