package vn.langnghe.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.beans.factory.ObjectProvider;
import vn.langnghe.common.ConflictException;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.common.Problem;
import vn.langnghe.common.VietnamTime;
import vn.langnghe.criteria.CriterionResult;
import vn.langnghe.criteria.CriterionStatus;
import vn.langnghe.documents.DocumentKind;
import vn.langnghe.documents.DocumentService;
import vn.langnghe.documents.IssuedDocument;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierService;
import vn.langnghe.dossier.ui.CaseFileSection;
import vn.langnghe.dossier.ui.DossierCaseFile;
import vn.langnghe.council.VoteOutcome;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;
import vn.langnghe.review.CriterionFinding;
import vn.langnghe.ui.Confirmations;
import vn.langnghe.ui.Toasts;
import vn.langnghe.workflow.AppraisalDecision;
import vn.langnghe.workflow.CommuneAnswer;
import vn.langnghe.workflow.DistrictOpinion;
import vn.langnghe.workflow.Inbox;
import vn.langnghe.workflow.InboxTask;
import vn.langnghe.workflow.IntakeDecision;
import vn.langnghe.workflow.LeaderDecision;
import vn.langnghe.workflow.VoteDecision;
import vn.langnghe.workflow.RegistryReviewDecision;
import vn.langnghe.workflow.RevocationDecision;
import vn.langnghe.village.HistoryLines;
import vn.langnghe.village.RegistryReviews;
import vn.langnghe.village.ReviewEvent;

/** One task: its form above the dossier's case file (read-only: figures, documents, history, criteria). */
@Route("viec-can-lam/:taskId")
@RolesAllowed({Role.Names.INTAKE_OFFICER, Role.Names.REVIEWER, Role.Names.DISTRICT_REVIEWER,
        Role.Names.COUNCIL_MEMBER, Role.Names.LEADER, Role.Names.COMMUNE_OFFICER})
public class TaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Inbox inbox;
    private final DossierService dossiers;
    private final ObjectProvider<CaseFileSection> sections;
    private final RegistryReviews reviews;
    private final DocumentService documents;
    private final SignedInUser user = UserAccountService.current().orElseThrow();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private InboxTask task;

    public TaskView(Inbox inbox, DossierService dossiers, ObjectProvider<CaseFileSection> sections,
            RegistryReviews reviews, DocumentService documents) {
        this.inbox = inbox;
        this.documents = documents;
        this.reviews = reviews;
        this.dossiers = dossiers;
        this.sections = sections;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String taskId = event.getRouteParameters().get("taskId").orElseThrow();
        try {
            task = inbox.get(user, taskId);
        } catch (vn.langnghe.common.NotFoundException | ConflictException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (task.villageId() != null) {
            showRevocationTask();
            return;
        }
        Dossier dossier = dossiers.get(user, task.dossierId());
        removeAll();
        add(new H2(getTranslation("task.heading", getTranslation("step." + task.step().name()),
                String.valueOf(task.dossierId()))));
        if (task.assignee() != null && !task.assignee().equals(user.username())) {
            add(new Paragraph(getTranslation("task.notYours", task.assignee())));
        } else {
            add(form(dossier));
        }
        add(new DossierCaseFile(dossiers, sections.orderedStream().toList(), user, dossier, false, () -> { }));
    }

    private Component form(Dossier dossier) {
        Div form = new Div();
        form.addClassName("task-form");
        form.setWidthFull();
        switch (task.step()) {
            case INTAKE -> form.add(intakeForm());
            case APPRAISAL -> form.add(appraisalForm(dossier));
            case DISTRICT_APPRAISAL -> form.add(districtForm());
            case COUNCIL_VOTE -> form.add(voteForm(dossier));
            case DECISION -> form.add(decisionForm());
        }
        return form;
    }

    /** A task of the revocation procedure: the village, what happened so far, and the step's form. */
    private void showRevocationTask() {
        removeAll();
        add(new H2(heading()));
        if (task.assignee() != null && !task.assignee().equals(user.username())) {
            add(new Paragraph(getTranslation("task.notYours", task.assignee())));
        } else {
            Div form = new Div();
            form.addClassName("task-form");
            form.setWidthFull();
            form.add(switch (task.step()) {
                case REGISTRY_REVIEW -> reviewForm();
                case COMMUNE_EXPLANATION -> explanationForm();
                default -> revocationDecisionForm();
            });
            add(form);
        }
        add(new H3(getTranslation("revocation.history")));
        VerticalLayout history = new VerticalLayout();
        history.setPadding(false);
        for (ReviewEvent event : reviews.history(user, task.villageId())) {
            history.add(new Paragraph(HistoryLines.describe(event, this::getTranslation)));
        }
        add(history);
    }

    /** A full-width text box for a written reason, opinion or answer, at most {@code maxLength} characters. */
    private TextArea note(String labelKey, int maxLength) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setWidthFull();
        area.setMaxLength(maxLength);
        return area;
    }

    private Component reviewForm() {
        RadioButtonGroup<RegistryReviewDecision.Outcome> outcome = new RadioButtonGroup<>(getTranslation("task.outcome"));
        outcome.setItems(RegistryReviewDecision.Outcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("revocation.review." + o.name()));
        TextArea text = note("revocation.review.reason", 2000);
        outcome.addValueChangeListener(e -> text.setLabel(getTranslation(
                e.getValue() == RegistryReviewDecision.Outcome.ASK_COMMUNE ? "revocation.review.question"
                        : "revocation.review.reason")));
        fields.put("outcome", outcome);
        fields.put("reason", text);
        fields.put("question", text);
        return new VerticalLayout(outcome, text, completeButton(() -> inbox.complete(user, task.id(),
                new RegistryReviewDecision(outcome.getValue(), text.getValue()))));
    }

    private Component explanationForm() {
        TextArea answer = note("revocation.explanation.answer", 2000);
        fields.put("answer", answer);
        return new VerticalLayout(answer, completeButton(() -> inbox.complete(user, task.id(),
                new CommuneAnswer(answer.getValue()))));
    }

    private Component revocationDecisionForm() {
        RadioButtonGroup<RevocationDecision.Outcome> outcome = new RadioButtonGroup<>(getTranslation("task.outcome"));
        outcome.setItems(RevocationDecision.Outcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("revocation.decision." + o.name()));
        TextArea reason = note("revocation.review.reason", 2000);
        fields.put("outcome", outcome);
        fields.put("reason", reason);
        return new VerticalLayout(outcome, reason, completeButton(() -> inbox.complete(user,
                task.id(), new RevocationDecision(outcome.getValue(), reason.getValue())),
                () -> outcome.getValue() == RevocationDecision.Outcome.REVOKE
                        ? getTranslation("revocation.decision.done", task.villageName()) : completed(),
                () -> outcome.getValue() != RevocationDecision.Outcome.REVOKE ? null
                        : getTranslation("revocation.decision.confirmText", task.villageName())));
    }

    private String heading() {
        if (task.villageId() != null) {
            return getTranslation("revocation.task.heading", getTranslation("step." + task.step().name()),
                    task.villageName(), task.commune() == null ? "" : task.commune());
        }
        return getTranslation("task.heading", getTranslation("step." + task.step().name()),
                String.valueOf(task.dossierId()));
    }

    private Component intakeForm() {
        RadioButtonGroup<IntakeDecision.Outcome> outcome = new RadioButtonGroup<>(getTranslation("task.outcome"));
        outcome.setItems(IntakeDecision.Outcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation(o == IntakeDecision.Outcome.ACCEPT ? "task.intake.accept"
                : "task.intake.return"));
        TextArea reason = new TextArea(getTranslation("task.reason"));
        reason.setWidthFull();
        IntegerField days = new IntegerField(getTranslation("task.deadlineDays"));
        days.setValue(15);
        days.setStepButtonsVisible(true);
        reason.setVisible(false);
        days.setVisible(false);
        outcome.addValueChangeListener(e -> {
            boolean returning = e.getValue() == IntakeDecision.Outcome.RETURN;
            reason.setVisible(returning);
            days.setVisible(returning);
        });
        fields.put("outcome", outcome);
        fields.put("reason", reason);
        fields.put("deadlineDays", days);
        Button complete = completeButton(() -> inbox.complete(user, task.id(),
                new IntakeDecision(outcome.getValue(), reason.getValue(), days.getValue())));
        return new VerticalLayout(outcome, reason, days, complete);
    }

    private Component appraisalForm(Dossier dossier) {
        VerticalLayout layout = new VerticalLayout(new H3(getTranslation("task.appraisal.findings")));
        List<FindingRow> rows = new ArrayList<>();
        for (CriterionResult criterion : dossiers.check(dossier, getLocale()).criteria()) {
            FindingRow row = new FindingRow(criterion);
            rows.add(row);
            layout.add(row);
        }
        RadioButtonGroup<AppraisalDecision.Outcome> outcome = new RadioButtonGroup<>(getTranslation("task.outcome"));
        outcome.setItems(AppraisalDecision.Outcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation(switch (o) {
            case RECOMMEND -> "task.appraisal.recommend";
            case NOT_RECOMMEND -> "task.appraisal.notRecommend";
            case REQUEST_SUPPLEMENT -> "task.appraisal.supplement";
        }));
        TextArea opinion = new TextArea(getTranslation("task.appraisal.opinion"));
        opinion.setWidthFull();
        IntegerField days = new IntegerField(getTranslation("task.deadlineDays"));
        days.setValue(15);
        days.setVisible(false);
        outcome.addValueChangeListener(e -> days.setVisible(e.getValue() == AppraisalDecision.Outcome.REQUEST_SUPPLEMENT));
        fields.put("outcome", outcome);
        fields.put("opinion", opinion);
        // A supplement request sends the opinion to the commune as the reason, so its errors show here.
        fields.put("reason", opinion);
        fields.put("deadlineDays", days);
        Button complete = completeButton(() -> {
            List<FindingRow> decided = rows.stream().filter(row -> row.finding() != null).toList();
            for (int i = 0; i < decided.size(); i++) {
                fields.put("findings[" + i + "].reason", decided.get(i).reason);
            }
            List<CriterionFinding> findings = decided.stream().map(FindingRow::finding).toList();
            inbox.complete(user, task.id(),
                    new AppraisalDecision(outcome.getValue(), findings, opinion.getValue(), days.getValue()));
        });
        layout.add(outcome, opinion, days, complete);
        return layout;
    }

    private Component districtForm() {
        TextArea opinion = new TextArea(getTranslation("task.district.opinion"));
        opinion.setWidthFull();
        fields.put("opinion", opinion);
        return new VerticalLayout(opinion, completeButton(() -> inbox.complete(user, task.id(),
                new DistrictOpinion(opinion.getValue()))));
    }

    private Component voteForm(Dossier dossier) {
        Paragraph secret = new Paragraph(getTranslation("task.vote.secret"));
        secret.addClassName("help");
        RadioButtonGroup<VoteOutcome> outcome = new RadioButtonGroup<>(getTranslation("task.vote.outcome"));
        outcome.setItems(VoteOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("council.vote." + o.name()));
        TextArea opinion = note("task.vote.opinion", 4000);
        outcome.addValueChangeListener(e -> opinion.setLabel(getTranslation(e.getValue() == VoteOutcome.RECUSE
                ? "task.vote.recusalReason" : "task.vote.opinion")));
        VerticalLayout remarksLayout = new VerticalLayout();
        remarksLayout.setPadding(false);
        Map<String, TextField> remarks = new LinkedHashMap<>();
        for (CriterionResult criterion : dossiers.check(dossier, getLocale()).criteria()) {
            TextField remark = new TextField(criterion.code() + " – " + getTranslation(
                    "criteria.status." + criterion.status().name()));
            remark.setWidthFull();
            remark.setMaxLength(2000);
            remarks.put(criterion.code(), remark);
            fields.put("remarks." + criterion.code(), remark);
            remarksLayout.add(remark);
        }
        Details remarksDetails = new Details(getTranslation("task.vote.remarks"), remarksLayout);
        remarksDetails.setWidthFull();
        fields.put("outcome", outcome);
        fields.put("opinion", opinion);
        Button complete = completeButton(() -> {
            Map<String, String> given = new LinkedHashMap<>();
            remarks.forEach((code, field) -> given.put(code, field.getValue()));
            inbox.complete(user, task.id(), new VoteDecision(outcome.getValue(), opinion.getValue(), given));
        }, () -> getTranslation("task.vote.recorded", String.valueOf(task.dossierId())), () -> null);
        complete.setText(getTranslation("task.vote.cast"));
        return new VerticalLayout(secret, outcome, opinion, remarksDetails, complete);
    }

    private Component decisionForm() {
        Paragraph help = new Paragraph(getTranslation("task.decision.help"));
        help.addClassName("help");
        RadioButtonGroup<LeaderDecision.Outcome> outcome = new RadioButtonGroup<>(getTranslation("task.outcome"));
        outcome.setItems(LeaderDecision.Outcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("task.decision." + o.name()));
        TextArea reason = new TextArea(getTranslation("task.decision.reason"));
        reason.setWidthFull();
        reason.setVisible(false);
        outcome.addValueChangeListener(e -> reason.setVisible(e.getValue() == LeaderDecision.Outcome.REJECT));
        fields.put("outcome", outcome);
        fields.put("reason", reason);
        return new VerticalLayout(help, outcome, reason, completeButton(() -> inbox.complete(user, task.id(),
                new LeaderDecision(outcome.getValue(), reason.getValue())),
                () -> outcome.getValue() == LeaderDecision.Outcome.APPROVE ? issued()
                        : getTranslation("task.decision.rejected", String.valueOf(task.dossierId())),
                () -> outcome.getValue() != LeaderDecision.Outcome.APPROVE ? null
                        : getTranslation("task.decision.confirmText", String.valueOf(task.dossierId()))));
    }

    /** What approving did, in the words of the decision: its number and its date. */
    private String issued() {
        return documents.list(user, task.dossierId()).stream().filter(d -> d.getKind() == DocumentKind.DECISION)
                .max(Comparator.comparing(IssuedDocument::getId))
                .map(d -> getTranslation("task.decision.issued", d.getNumber(), VietnamTime.DATE.format(d.getIssuedOn())))
                .orElseGet(this::completed);
    }

    private String completed() {
        return task.dossierId() == null
                ? getTranslation("task.completedVillage", getTranslation("step." + task.step().name()), task.villageName())
                : getTranslation("task.completedDossier", getTranslation("step." + task.step().name()),
                        String.valueOf(task.dossierId()));
    }

    private Button completeButton(Runnable action) {
        return completeButton(action, this::completed, () -> null);
    }

    /**
     * The button that carries out the step. {@code confirmation} gives the question to ask first, or null when the
     * chosen outcome can be taken back; {@code result} says what happened, read once the step is done.
     */
    private Button completeButton(Runnable action, Supplier<String> result, Supplier<String> confirmation) {
        Button complete = new Button(getTranslation("task.complete"), e -> {
            String question = confirmation.get();
            if (question == null) {
                complete(action, result);
            } else {
                Confirmations.ask(getTranslation("task.confirmHeader"), question, getTranslation("task.confirm"),
                        getTranslation("dossier.cancel"), () -> complete(action, result));
            }
        });
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return complete;
    }

    private void complete(Runnable action, Supplier<String> result) {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            action.run();
            Toasts.success(result.get());
            getUI().ifPresent(ui -> ui.navigate(InboxView.class));
        } catch (InvalidInputException e) {
            List<String> unplaced = new ArrayList<>();
            for (Problem problem : e.problems()) {
                String message = getTranslation(problem.messageKey(), problem.argumentArray());
                HasValidation field = fields.get(problem.field());
                if (field != null) {
                    field.setErrorMessage(message);
                    field.setInvalid(true);
                } else {
                    unplaced.add(message);
                }
            }
            if (!unplaced.isEmpty()) {
                Toasts.error(String.join(" ", unplaced));
            }
        } catch (ConflictException e) {
            Toasts.error(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    /** One criterion: its computed result, the reviewer's finding, and the reason. */
    private final class FindingRow extends HorizontalLayout {

        private final CriterionResult criterion;
        private final RadioButtonGroup<Boolean> passed = new RadioButtonGroup<>();
        private final TextField reason = new TextField();

        FindingRow(CriterionResult criterion) {
            this.criterion = criterion;
            setWidthFull();
            setAlignItems(Alignment.BASELINE);
            Span code = new Span(criterion.code());
            code.addClassName("criterion-code");
            Span computed = new Span(getTranslation("criteria.status." + criterion.status().name()));
            computed.addClassNames("status", "status-" + criterion.status().name().toLowerCase());
            passed.setItems(true, false);
            passed.setItemLabelGenerator(p -> getTranslation(p ? "task.finding.passed" : "task.finding.failed"));
            if (criterion.status() == CriterionStatus.PASSED || criterion.status() == CriterionStatus.WAIVED) {
                passed.setValue(true);
            } else if (criterion.status() == CriterionStatus.FAILED) {
                passed.setValue(false);
            }
            reason.setPlaceholder(getTranslation("task.finding.reason"));
            reason.setWidthFull();
            passed.getElement().setAttribute("data-code", criterion.code());
            add(code, computed, passed, reason);
            setFlexGrow(1, reason);
        }

        /** Null while undecided, so a missing judgement is reported, not guessed. */
        CriterionFinding finding() {
            if (passed.getValue() == null || "LNTT".equals(criterion.code())) {
                return null;
            }
            return new CriterionFinding(criterion.code(), passed.getValue(),
                    reason.getValue().isBlank() ? null : reason.getValue().strip());
        }
    }

    @Override
    public String getPageTitle() {
        return task == null ? getTranslation("menu.inbox") : heading();
    }
}
