package vn.langnghe.workflow;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.langnghe.council.CouncilCloseRequested;
import vn.langnghe.council.CouncilRoundOpened;
import vn.langnghe.council.CouncilService;

/**
 * Runs {@code bpmn/council-round.bpmn}: starts the ballots when a round opens, closes it early when the chair
 * asks, and, when it closes either way ({@code ${councilClosing}}), counts the ballots and moves each dossier's
 * recognition process on with the council's result. Synchronous listeners, so the round and the engine commit
 * together.
 */
@Component("councilClosing")
class CouncilRoundProcess implements JavaDelegate {

    static final String KEY = "council-round";
    static final String ROUND_ID = "roundId";
    static final String CLOSED_BY_CHAIR = "CouncilRoundClosedByChair";
    static final String CLOSED_BY_CHAIR_VARIABLE = "closedByChair";
    static final String COUNCIL_DECIDED = "CouncilDecided";

    private final RuntimeService runtime;
    private final CouncilService council;

    CouncilRoundProcess(RuntimeService runtime, CouncilService council) {
        this.runtime = runtime;
        this.council = council;
    }

    @EventListener
    void on(CouncilRoundOpened opened) {
        runtime.startProcessInstanceByKey(KEY, businessKey(opened.roundId()), Map.of(ROUND_ID, opened.roundId()));
    }

    @EventListener
    void on(CouncilCloseRequested request) {
        runtime.createMessageCorrelation(CLOSED_BY_CHAIR).processInstanceBusinessKey(businessKey(request.roundId()))
                .setVariable(CLOSED_BY_CHAIR_VARIABLE, true).correlate();
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long roundId = (Long) execution.getVariable(ROUND_ID);
        boolean byChair = Boolean.TRUE.equals(execution.getVariable(CLOSED_BY_CHAIR_VARIABLE));
        for (CouncilService.Outcome outcome : council.close(roundId, byChair)) {
            runtime.createMessageCorrelation(COUNCIL_DECIDED)
                    .processInstanceBusinessKey(String.valueOf(outcome.dossierId()))
                    .setVariable("councilResult", outcome.result().name())
                    .correlate();
        }
    }

    static String businessKey(Long roundId) {
        return "round-" + roundId;
    }
}
