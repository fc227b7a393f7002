package vn.langnghe.identity;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.langnghe.database.EmbeddedDemoDatabase;
import vn.langnghe.territory.AdministrativeUnits;

/** One user for every role, password {@code demo}; only on the embedded demo database ({@link EmbeddedDemoDatabase}). */
@Component
@Conditional(EmbeddedDemoDatabase.class)
@Order(0)
class DemoUsers implements ApplicationRunner {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    /** {@code communeCode}: the GSO code of the officer's commune (05347 Xã Đại Đồng, 05251 Xã Mai Hạ). */
    private record Demo(String username, String fullName, Role role, String communeCode) {
    }

    private static final List<Demo> USERS = List.of(
            new Demo("xa.daidong", "Cán bộ UBND xã Đại Đồng", Role.COMMUNE_OFFICER, "05347"),
            new Demo("xa.maiha", "Cán bộ UBND xã Mai Hạ", Role.COMMUNE_OFFICER, "05251"),
            new Demo("tiepnhan", "Chuyên viên tiếp nhận hồ sơ", Role.INTAKE_OFFICER, null),
            new Demo("thamdinh", "Chuyên viên thẩm định", Role.REVIEWER, null),
            new Demo("hoidong1", "Thành viên Hội đồng 1", Role.COUNCIL_MEMBER, null),
            new Demo("hoidong2", "Thành viên Hội đồng 2", Role.COUNCIL_MEMBER, null),
            new Demo("hoidong3", "Thành viên Hội đồng 3", Role.COUNCIL_MEMBER, null),
            new Demo("hoidong4", "Thành viên Hội đồng 4", Role.COUNCIL_MEMBER, null),
            new Demo("hoidong5", "Thành viên Hội đồng 5", Role.COUNCIL_MEMBER, null),
            new Demo("chutich", "Chủ tịch UBND tỉnh", Role.LEADER, null),
            new Demo("thongke", "Chuyên viên thống kê", Role.PROVINCIAL_STAFF, null),
            new Demo("quantri", "Quản trị hệ thống", Role.ADMINISTRATOR, null));

    private final UserAccountService users;
    private final AdministrativeUnits units;

    DemoUsers(UserAccountService users, AdministrativeUnits units) {
        this.users = users;
        this.units = units;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = 0;
        for (Demo demo : USERS) {
            Long communeId = demo.communeCode() == null ? null : units.findByCode(demo.communeCode()).orElseThrow().getId();
            if (users.createIfMissing(demo.username(), PASSWORD, demo.fullName(), demo.role(), communeId)) {
                created++;
            }
        }
        log.info("Demo users ready ({} created), password '{}'", created, PASSWORD);
    }
}
