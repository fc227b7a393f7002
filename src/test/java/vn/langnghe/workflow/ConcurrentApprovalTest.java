package vn.langnghe.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.langnghe.IntegrationTest;
import vn.langnghe.common.ConflictException;
import vn.langnghe.council.VoteOutcome;
import vn.langnghe.decision.RecognitionDecisions;
import vn.langnghe.documents.DocumentKind;
import vn.langnghe.documents.DocumentService;
import vn.langnghe.documents.IssuedDocument;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierService;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;

/** Decision numbers when the leader approves many dossiers at once: unique, consecutive, never reused. */
@IntegrationTest
class ConcurrentApprovalTest {

    private static final int APPROVALS = 20;

    @Autowired
    ApplicationContext context;
    @Autowired
    DossierService dossiers;
    @Autowired
    Inbox inbox;
    @Autowired
    UserAccountService users;
    @Autowired
    DocumentService documents;
    @Autowired
    RecognitionDecisions decisions;

    @Test
    void twentyApprovalsAtOnceGetTwentyConsecutiveNumbers() throws Exception {
        ReviewedDossiers reviewed = new ReviewedDossiers(context);
        List<Dossier> recommended = IntStream.range(0, APPROVALS)
                .mapToObj(i -> reviewed.awaitingCouncil("Làng số " + i)).toList();
        reviewed.openRound("Phiên một thành viên", List.of("hoidong4"), 1,
                recommended.stream().map(Dossier::getId).toList());
        recommended.forEach(d -> reviewed.vote("hoidong4", d.getId(), VoteOutcome.AGREE));
        SignedInUser leader = users.loadUserByUsername("chutich");
        List<String> tasks = recommended.stream().map(d -> reviewed.task(d.getId(), "Task_Decision")).toList();

        ExecutorService pool = Executors.newFixedThreadPool(APPROVALS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (String task : tasks) {
            done.add(pool.submit(() -> {
                start.await();
                inbox.complete(leader, task, new LeaderDecision(LeaderDecision.Outcome.APPROVE, null));
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();

        SignedInUser commune = users.loadUserByUsername("xa.daidong");
        List<Integer> numbers = recommended.stream().map(d -> documents.list(commune, d.getId()).stream()
                .filter(doc -> doc.getKind() == DocumentKind.DECISION).map(IssuedDocument::getNumber).findFirst()
                .orElseThrow()).map(n -> Integer.valueOf(n.substring(0, n.indexOf('/')))).sorted().toList();
        assertThat(numbers).doesNotHaveDuplicates().hasSize(APPROVALS);
        assertThat(numbers.get(APPROVALS - 1) - numbers.get(0)).as("no gaps").isEqualTo(APPROVALS - 1);

        Dossier again = recommended.get(0);
        assertThatThrownBy(() -> decisions.approve(leader, again.getId())).isInstanceOf(ConflictException.class);
        Dossier next = reviewed.awaitingCouncil("Làng sau cùng");
        reviewed.openRound("Phiên kiểm tra số", List.of("hoidong4"), 1, List.of(next.getId()));
        reviewed.vote("hoidong4", next.getId(), VoteOutcome.AGREE);
        inbox.complete(leader, reviewed.task(next.getId(), "Task_Decision"),
                new LeaderDecision(LeaderDecision.Outcome.APPROVE, null));
        String nextNumber = documents.list(commune, next.getId()).stream()
                .filter(doc -> doc.getKind() == DocumentKind.DECISION).findFirst().orElseThrow().getNumber();
        assertThat(nextNumber).as("the refused approval gave its number back")
                .startsWith((numbers.get(APPROVALS - 1) + 1) + "/");
    }
}
