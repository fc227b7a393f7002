package vn.langnghe.workflow;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.langnghe.council.CouncilService;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierProgress;

/**
 * What {@code bpmn/council-round.bpmn} reads when the ballots open ({@code ${councilAgenda.dossiers(roundId)}}):
 * one ballot per dossier of the agenda and member of the round. Each ballot is labelled with its dossier's
 * title and commune so the inbox can show and filter it like any other task.
 */
@Component("councilAgenda")
public class CouncilAgenda implements TaskListener {

    private final CouncilService council;
    private final DossierProgress dossiers;

    CouncilAgenda(CouncilService council, DossierProgress dossiers) {
        this.council = council;
        this.dossiers = dossiers;
    }

    public List<Long> dossiers(Long roundId) {
        return council.agendaDossiers(roundId);
    }

    public List<String> members(Long roundId) {
        return council.memberUsernames(roundId);
    }

    /**
     * Labels each new ballot with its round, its dossier, the dossier's title and commune, as task variables:
     * a ballot's own variables are read without loading the round's whole execution tree (four executions per
     * dossier on the agenda), which reading them through the scopes does.
     */
    @Override
    public void notify(DelegateTask ballot) {
        Long dossierId = (Long) ballot.getVariable(RecognitionProcess.DOSSIER_ID);
        Dossier dossier = dossiers.find(dossierId);
        ballot.setVariableLocal(CouncilRoundProcess.ROUND_ID, ballot.getVariable(CouncilRoundProcess.ROUND_ID));
        ballot.setVariableLocal(RecognitionProcess.DOSSIER_ID, dossierId);
        ballot.setVariableLocal(RecognitionProcess.TITLE, dossier.getTitle().name());
        ballot.setVariableLocal(RecognitionProcess.COMMUNE_ID, dossier.getCommuneId());
    }
}
