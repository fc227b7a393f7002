package vn.langnghe;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.UserAccount;
import vn.langnghe.identity.UserAccounts;

/** utf8mb4 end to end: what a clerk types in Vietnamese comes back unchanged from the real MariaDB. */
@IntegrationTest
class VietnameseTextRoundTripTest {

    private static final String NAME = "Làng nghề dệt thổ cẩm Bản Lác";

    @Autowired
    UserAccounts accounts;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void storesAndReadsBackVietnameseThroughJpa() {
        Long id = transactions.execute(status -> accounts.save(
                new UserAccount("roundtrip", "{noop}x", NAME, Role.PROVINCIAL_STAFF, null)).getId());

        String readBack = transactions.execute(status -> {
            entityManager.clear();
            return accounts.findById(id).orElseThrow().getFullName();
        });
        assertThat(readBack).isEqualTo(NAME);
        assertThat(jdbc.queryForObject("SELECT HEX(full_name) FROM user_account WHERE id = ?", String.class, id))
                .as("stored as UTF-8 bytes, not mangled by a latin1 connection")
                .isEqualTo(hex(NAME));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM user_account WHERE full_name = ?", Integer.class,
                "Lang nghe det tho cam Ban Lac")).as("collation ignores diacritics for search").isEqualTo(1);
        transactions.executeWithoutResult(status -> accounts.deleteById(id));
    }

    private static String hex(String text) {
        StringBuilder hex = new StringBuilder();
        for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            hex.append(String.format("%02X", b));
        }
        return hex.toString();
    }
}
