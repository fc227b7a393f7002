package vn.langnghe.identity;

/**
 * The roles of docs/domain.md §4. Each role lands on its own home page after signing in; the process
 * engine uses the role names as candidate groups.
 */
public enum Role {
    COMMUNE_OFFICER("ho-so"),
    INTAKE_OFFICER("viec-can-lam"),
    REVIEWER("viec-can-lam"),
    COUNCIL_MEMBER("viec-can-lam"),
    LEADER("viec-can-lam"),
    PROVINCIAL_STAFF("so-lang-nghe"),
    /** The former district step, optional since the 2025 reform; no demo user has it. */
    DISTRICT_REVIEWER("viec-can-lam"),
    ADMINISTRATOR("quan-tri/nguoi-dung");

    private final String homeRoute;

    Role(String homeRoute) {
        this.homeRoute = homeRoute;
    }

    /** The route a user of this role lands on after signing in. */
    public String homeRoute() {
        return homeRoute;
    }

    /** The Spring Security authority, e.g. {@code ROLE_LEADER}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Role names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String COMMUNE_OFFICER = "COMMUNE_OFFICER";
        public static final String INTAKE_OFFICER = "INTAKE_OFFICER";
        public static final String REVIEWER = "REVIEWER";
        public static final String COUNCIL_MEMBER = "COUNCIL_MEMBER";
        public static final String LEADER = "LEADER";
        public static final String PROVINCIAL_STAFF = "PROVINCIAL_STAFF";
        public static final String ADMINISTRATOR = "ADMINISTRATOR";
        public static final String DISTRICT_REVIEWER = "DISTRICT_REVIEWER";

        private Names() {
        }
    }
}
