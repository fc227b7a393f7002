package vn.langnghe.dossier;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.langnghe.common.ConflictException;
import vn.langnghe.common.IncompleteException;
import vn.langnghe.common.InvalidInputException;
import vn.langnghe.common.NotFoundException;
import vn.langnghe.common.Problem;
import vn.langnghe.criteria.CriteriaCheck;
import vn.langnghe.criteria.CriteriaChecker;
import vn.langnghe.criteria.CriteriaInput;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.SignedInUser;

/**
 * Everything done to a dossier, for the screens and the API alike, so the permission checks live
 * here: a commune officer sees and changes only their own commune's dossiers (another commune's
 * answers "not found", exactly like a dossier that does not exist); provincial roles may read all.
 */
@Service
@Transactional
public class DossierService {

    private static final Set<Role> PROVINCIAL_READERS = EnumSet.of(Role.DISTRICT_REVIEWER, Role.INTAKE_OFFICER,
            Role.REVIEWER, Role.COUNCIL_MEMBER, Role.LEADER, Role.PROVINCIAL_STAFF);

    private final Dossiers dossiers;
    private final DossierEvents events;
    private final Attachments attachments;
    private final AttachmentFiles files;
    private final DossierRules rules;
    private final CriteriaChecker checker;
    private final ApplicationEventPublisher publisher;
    private final StatutoryClock statutoryClock;
    private final KnownVillages villages;
    private final Clock clock;

    DossierService(Dossiers dossiers, DossierEvents events, Attachments attachments, AttachmentFiles files,
            DossierRules rules, CriteriaChecker checker, ApplicationEventPublisher publisher,
            StatutoryClock statutoryClock, KnownVillages villages, Clock clock) {
        this.dossiers = dossiers;
        this.events = events;
        this.attachments = attachments;
        this.files = files;
        this.rules = rules;
        this.checker = checker;
        this.publisher = publisher;
        this.statutoryClock = statutoryClock;
        this.villages = villages;
        this.clock = clock;
    }

    /** The registry's villages of the officer's commune, for the dossier to name the one it is about. */
    @Transactional(readOnly = true)
    public List<KnownVillage> villages(SignedInUser user) {
        requireCommuneOfficer(user);
        return villages.ofCommune(user.communeId());
    }

    /** A page of the dossiers the user may see; a null state or title means any. */
    @Transactional(readOnly = true)
    public Page<Dossier> list(SignedInUser user, DossierState state, vn.langnghe.criteria.Title title,
            Pageable pageable) {
        return dossiers.search(visibleCommune(user), state, title, pageable);
    }

    /** The dossier, or {@link NotFoundException} when it does not exist or the user may not see it. */
    @Transactional(readOnly = true)
    public Dossier get(SignedInUser user, Long id) {
        Long commune = visibleCommune(user);
        return (commune == null ? dossiers.findById(id) : dossiers.findByIdAndCommuneId(id, commune))
                .orElseThrow(() -> new NotFoundException("Dossier", id));
    }

    /** Saves a new draft for the officer's own commune; refuses invalid data and stores nothing. */
    public Dossier create(SignedInUser user, DossierData data) {
        requireCommuneOfficer(user);
        validate(data, user.communeId());
        Instant now = clock.instant();
        Dossier dossier = new Dossier(user.communeId(), user.username(), now);
        dossier.apply(data, now);
        dossiers.saveAndFlush(dossier);
        record(dossier, user, "CREATED", null);
        return dossier;
    }

    /**
     * Saves changes to a draft or a returned dossier. {@code data.getVersion()} must be the version the
     * user started from; if someone saved in between, the change is refused, never silently merged.
     */
    public Dossier update(SignedInUser user, Long id, DossierData data) {
        Dossier dossier = editable(user, id);
        if (dossier.getVersion() != data.getVersion()) {
            throw new ConflictException("dossier.error.changedByOthers");
        }
        validate(data, dossier.getCommuneId());
        dossier.apply(data, clock.instant());
        try {
            dossiers.saveAndFlush(dossier);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConflictException("dossier.error.changedByOthers");
        }
        record(dossier, user, "UPDATED", null);
        return dossier;
    }

    /** Stores a document of the given kind; the file's type is checked from its content. */
    public Attachment attach(SignedInUser user, Long id, AttachmentKind kind, String fileName, InputStream content) {
        Dossier dossier = editable(user, id);
        if (kind == null) {
            throw new InvalidInputException(Problem.of("kind", "attachment.error.kind"));
        }
        StoredFile stored;
        try {
            stored = files.store(fileName == null ? "" : fileName, content);
        } catch (RejectedFileException e) {
            throw new InvalidInputException(Problem.of("file", "attachment.error." + e.reason().name()));
        }
        Attachment attachment = attachments.save(
                new Attachment(dossier.getId(), kind, stored, user.username(), clock.instant()));
        record(dossier, user, "ATTACHMENT_ADDED", stored.fileName());
        return attachment;
    }

    public void removeAttachment(SignedInUser user, Long id, Long attachmentId) {
        Dossier dossier = editable(user, id);
        // Under the dossier's lock: a document missing now was removed by whoever held it a moment ago.
        Attachment attachment = attachments.findByIdAndDossierId(attachmentId, dossier.getId())
                .orElseThrow(() -> new ConflictException("attachment.error.alreadyRemoved"));
        attachments.delete(attachment);
        record(dossier, user, "ATTACHMENT_REMOVED", attachment.getFileName());
        // The file goes only once the row is gone for good.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                files.delete(attachment.getStorageKey());
            }
        });
    }

    /**
     * Hands the dossier to the province. Refused with {@link IncompleteException} listing everything
     * missing; otherwise the state changes and the review process starts in the same transaction.
     */
    public Dossier submit(SignedInUser user, Long id) {
        Dossier dossier = locked(user, id);
        if (!dossier.getState().editableByCommune()) {
            throw new ConflictException("dossier.error.alreadySubmitted");
        }
        Set<AttachmentKind> attached = attachments.findByDossierIdOrderByUploadedAtAscIdAsc(dossier.getId())
                .stream().map(Attachment::getKind).collect(Collectors.toSet());
        List<Problem> missing = DossierRequirements.missing(dossier, attached);
        if (!missing.isEmpty()) {
            throw new IncompleteException(missing);
        }
        KnownVillage village = dossier.getVillageEntryId() == null ? null
                : villages.find(dossier.getCommuneId(), dossier.getVillageEntryId()).orElseThrow(
                        () -> new InvalidInputException(Problem.of("villageEntryId", "dossier.error.villageEntry")));
        TitleUpgrades.refusal(dossier.getTitle(), village, dossier.getCraft()).ifPresent(reason -> {
            throw new InvalidInputException(Problem.of("villageEntryId", reason));
        });
        boolean resubmission = dossier.getState() == DossierState.RETURNED;
        if (resubmission) {
            dossier.resubmit(statutoryClock.workingDaysSince(dossier.getPausedSince()), clock.instant());
        }
        if (dossier.getState() != DossierState.IN_APPRAISAL) {
            dossier.submit(LocalDate.now(clock), clock.instant());
        }
        dossiers.saveAndFlush(dossier);
        record(dossier, user, resubmission ? "RESUBMITTED" : "SUBMITTED", null);
        publisher.publishEvent(new DossierSubmitted(dossier.getId(), dossier.getCommuneId(), dossier.getTitle(), resubmission));
        return dossier;
    }

    @Transactional(readOnly = true)
    public List<DossierEvent> history(SignedInUser user, Long id) {
        return events.findByDossierIdOrderByAtAscIdAsc(get(user, id).getId());
    }

    @Transactional(readOnly = true)
    public List<Attachment> attachments(SignedInUser user, Long id) {
        return attachments.findByDossierIdOrderByUploadedAtAscIdAsc(get(user, id).getId());
    }

    /** The file's content; the caller closes it. */
    @Transactional(readOnly = true)
    public InputStream openAttachment(SignedInUser user, Long id, Long attachmentId) {
        Attachment attachment = attachments.findByIdAndDossierId(attachmentId, get(user, id).getId())
                .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
        return files.open(attachment.getStorageKey());
    }

    @Transactional(readOnly = true)
    public Attachment attachment(SignedInUser user, Long id, Long attachmentId) {
        return attachments.findByIdAndDossierId(attachmentId, get(user, id).getId())
                .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
    }

    /** The statutory clock of a dossier the user may see. */
    @Transactional(readOnly = true)
    public DossierClock clock(SignedInUser user, Long id) {
        return statutoryClock.of(get(user, id));
    }

    /** The criteria check of a stored dossier, at its application date (today for a draft). */
    @Transactional(readOnly = true)
    public CriteriaCheck check(Dossier dossier, Locale locale) {
        return check(dossier.toData(), dossier.getSubmittedOn(), locale);
    }

    /** The live check of what is on the form, before it is saved; nothing is validated or stored. */
    public CriteriaCheck check(DossierData data, LocalDate applicationDate, Locale locale) {
        LocalDate date = applicationDate == null ? LocalDate.now(clock) : applicationDate;
        return checker.check(new CriteriaInput(data.getTitle(), date, data.getTotalHouseholds(),
                data.getParticipatingHouseholds(), data.yearlyProduction(), data.getCraftSinceYear(),
                data.isCraftAlreadyRecognised(), Map.of()), locale);
    }

    /** Refuses invalid data; a village chosen from the registry must be the commune's and gives its name. */
    private void validate(DossierData data, Long communeId) {
        List<Problem> problems = rules.check(data, LocalDate.now(clock));
        if (data.getVillageEntryId() != null) {
            villages.find(communeId, data.getVillageEntryId()).ifPresentOrElse(v -> data.setVillageName(v.name()),
                    () -> problems.add(Problem.of("villageEntryId", "dossier.error.villageEntry")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The officer's dossier, locked, if it is still a draft or returned to the commune. */
    private Dossier editable(SignedInUser user, Long id) {
        Dossier dossier = locked(user, id);
        if (!dossier.getState().editableByCommune()) {
            throw new ConflictException("dossier.error.notEditable");
        }
        return dossier;
    }

    /**
     * The commune officer's own dossier, its row locked to the end of the transaction (read first: see
     * {@link Dossiers#lockById}); the state checked after this is the state the change applies to.
     */
    private Dossier locked(SignedInUser user, Long id) {
        requireCommuneOfficer(user);
        return dossiers.lockByIdAndCommuneId(id, user.communeId()).orElseThrow(() -> new NotFoundException("Dossier", id));
    }

    private void record(Dossier dossier, SignedInUser user, String type, String detail) {
        events.record(dossier, clock.instant(), user.username(), type, detail);
    }

    /** The commune whose dossiers the user sees: their own for a commune officer, null (all) for the province. */
    private static Long visibleCommune(SignedInUser user) {
        if (user.role() == Role.COMMUNE_OFFICER) {
            return user.communeId();
        }
        if (PROVINCIAL_READERS.contains(user.role())) {
            return null;
        }
        throw new AccessDeniedException("Role " + user.role() + " does not read dossiers");
    }

    private static void requireCommuneOfficer(SignedInUser user) {
        if (user.role() != Role.COMMUNE_OFFICER) {
            throw new AccessDeniedException("Only commune officers prepare dossiers");
        }
    }
}
