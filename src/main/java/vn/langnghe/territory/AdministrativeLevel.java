package vn.langnghe.territory;

public enum AdministrativeLevel {
    PROVINCE,
    /** Abolished on 1 July 2025; kept for records made before. */
    DISTRICT,
    COMMUNE
}
