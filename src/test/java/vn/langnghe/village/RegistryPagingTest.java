package vn.langnghe.village;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.langnghe.IntegrationTest;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;

/** Every window of the registry shows the rows the whole list has there, whichever end it is read from. */
@IntegrationTest
class RegistryPagingTest {

    @Autowired
    RegistryService registry;
    @Autowired
    UserAccountService users;

    @Test
    void everyWindowMatchesTheWholeListInOrder() {
        SignedInUser staff = users.loadUserByUsername("thongke");
        List<Long> all = new ArrayList<>();
        registry.forEach(staff, RegistryFilter.none(), row -> all.add(row.id()));
        long total = registry.count(staff, RegistryFilter.none());
        assertThat(all).hasSize((int) total).hasSizeGreaterThan(10);

        for (int limit : new int[] {1, 3, 4}) {
            for (int offset = 0; offset <= total + 1; offset++) {
                List<Long> page = registry.page(staff, RegistryFilter.none(), new PageWindow(offset, limit, total))
                        .stream().map(RegistryRow::id).toList();
                assertThat(page).as("offset %d, limit %d of %d", offset, limit, total)
                        .isEqualTo(all.subList((int) Math.min(offset, total), (int) Math.min(offset + limit, total)));
            }
        }
    }

    @Test
    void readsTheFarHalfBackwards() {
        assertThat(new PageWindow(0, 50, 1000).nearerTheEnd()).isFalse();
        assertThat(new PageWindow(500, 50, 1000).nearerTheEnd()).isTrue();
        assertThat(new PageWindow(950, 50, 1000).offsetFromEnd()).isZero();
        assertThat(new PageWindow(980, 50, 1000).limitFromEnd()).isEqualTo(20);
        assertThat(RegistryFixtures.firstRows(50).nearerTheEnd()).isFalse();
    }
}
