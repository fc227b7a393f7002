package vn.langnghe.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.common.Problem;
import vn.langnghe.criteria.CriteriaCheck;
import vn.langnghe.criteria.CriterionResult;
import vn.langnghe.criteria.CriterionStatus;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierService;

/**
 * Records appraisals. To recommend either way the reviewer must decide every judgement criterion
 * (T2, T3, V3 …) with a reason; an automatic criterion is confirmed as computed unless disputed with
 * a reason. The workflow calls this inside the transaction that completes the appraisal task.
 */
@Service
@Transactional
public class AppraisalService {

    private static final int MAX_TEXT = 4000;

    private final Appraisals appraisals;
    private final DossierService dossiers;
    private final Clock clock;

    AppraisalService(Appraisals appraisals, DossierService dossiers, Clock clock) {
        this.appraisals = appraisals;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    /**
     * Stores the appraisal; {@code recommendation} null means a supplement is requested, in which case
     * findings may be partial. Throws {@link InvalidInputException} naming each missing or bad finding.
     */
    public Appraisal record(Dossier dossier, String reviewer, Recommendation recommendation,
            List<CriterionFinding> findings, String opinion) {
        CriteriaCheck check = dossiers.check(dossier, Locale.forLanguageTag("vi"));
        Map<String, CriterionResult> criteria = check.criteria().stream()
                .collect(Collectors.toMap(CriterionResult::code, c -> c));
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < findings.size(); i++) {
            CriterionFinding finding = findings.get(i);
            CriterionResult criterion = criteria.get(finding.code());
            if (criterion == null || !seen.add(finding.code())) {
                problems.add(Problem.of("findings[" + i + "].code", "review.error.unknownCriterion", finding.code()));
            } else if (needsReason(criterion, finding) && (finding.reason() == null || finding.reason().isBlank())) {
                problems.add(Problem.of("findings[" + i + "].reason", "review.error.findingReason", finding.code()));
            } else if (finding.reason() != null && finding.reason().length() > MAX_TEXT) {
                problems.add(Problem.of("findings[" + i + "].reason", "review.error.tooLong"));
            }
        }
        if (recommendation != null) {
            for (CriterionResult criterion : check.criteria()) {
                if (isJudgement(criterion) && !seen.contains(criterion.code())) {
                    problems.add(Problem.of("findings", "review.error.findingMissing", criterion.code()));
                }
            }
            if (opinion == null || opinion.isBlank()) {
                problems.add(Problem.of("opinion", "review.error.opinion"));
            }
        }
        if (opinion != null && opinion.length() > MAX_TEXT) {
            problems.add(Problem.of("opinion", "review.error.tooLong"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return appraisals.save(new Appraisal(dossier.getId(), reviewer, clock.instant(), recommendation,
                opinion == null ? null : opinion.strip(), findings));
    }

    @Transactional(readOnly = true)
    public Optional<Appraisal> latest(Long dossierId) {
        return appraisals.findByDossierIdOrderByAppraisedAtDescIdDesc(dossierId).stream().findFirst();
    }

    /** Judgement criteria are the ones the rules cannot decide from figures; LNTT follows T1–T3. */
    static boolean isJudgement(CriterionResult criterion) {
        return Set.of("T2", "T3", "V3", "V4").contains(criterion.code());
    }

    /** A judgement always needs a reason; an automatic criterion only when the finding disputes it. */
    private static boolean needsReason(CriterionResult criterion, CriterionFinding finding) {
        if (isJudgement(criterion)) {
            return true;
        }
        boolean computedPassed = criterion.status() == CriterionStatus.PASSED
                || criterion.status() == CriterionStatus.WAIVED;
        return computedPassed != finding.passed();
    }
}
