package vn.langnghe.village;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.langnghe.IntegrationTest;
import vn.langnghe.common.ConflictException;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;

/** Corrections filed at the same moment never leave two current reports for one year, nor lose one silently. */
@IntegrationTest
class ConcurrentReportTest {

    private static final int OFFICERS = 6;
    private static final int YEAR = 2020;

    @Autowired
    RegistryService registry;
    @Autowired
    UserAccountService users;

    @Test
    void simultaneousCorrectionsKeepOneCurrentReport() throws Exception {
        SignedInUser officer = users.loadUserByUsername("xa.daidong");
        Long village = RegistryFixtures.demoVillage(registry, users.loadUserByUsername("thongke"), "Xóm Lục");
        int before = registry.revisions(officer, village, YEAR).size();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(OFFICERS);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < OFFICERS; i++) {
            int workers = 150 + i;
            results.add(pool.submit(() -> {
                start.await();
                try {
                    registry.fileReport(officer, village, RegistryFixtures.figures(YEAR, 260, 140, workers, 100, 7_000_000_000L));
                    return true;
                } catch (ConflictException e) {
                    return false;
                }
            }));
        }
        start.countDown();
        int filed = 0;
        for (Future<Boolean> result : results) {
            filed += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();

        List<LabourReport> revisions = registry.revisions(officer, village, YEAR);
        assertThat(filed).isPositive();
        assertThat(revisions).hasSize(before + filed);
        assertThat(revisions).extracting(LabourReport::getRevision).doesNotHaveDuplicates();
        assertThat(revisions).filteredOn(LabourReport::isCurrent).hasSize(1);
        assertThat(revisions.get(revisions.size() - 1).isCurrent()).isTrue();
    }
}
