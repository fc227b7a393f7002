package vn.langnghe.dossier.web;

import java.time.LocalDate;
import java.util.List;
import vn.langnghe.criteria.CriteriaCheck;
import vn.langnghe.criteria.Title;
import vn.langnghe.dossier.Artisan;
import vn.langnghe.dossier.Attachment;
import vn.langnghe.dossier.AttachmentKind;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.dossier.DossierClock;
import vn.langnghe.dossier.DossierState;

/** A dossier as the API shows it, with its documents and the current criteria check. */
record DossierResponse(Long id, long version, DossierState state, Title title, Long communeId, Long villageEntryId,
        String villageName,
        List<String> hamlets, Integer activityGroup, String craft, Integer totalHouseholds,
        Integer participatingHouseholds, DossierRequest.Workers workers, List<DossierRequest.Figure> production,
        Integer craftSinceYear, boolean hasRecognisedTraditionalCraft, boolean alreadyRecognisedCraftVillage,
        List<Artisan> artisans, DossierRequest.Contact contact, LocalDate submittedOn, LocalDate acceptedOn,
        LocalDate dueDate, int workingDaysUsed, int workingDaysPaused, String returnReason,
        LocalDate supplementDeadline, List<AttachmentJson> attachments, CriteriaCheck criteria) {

    record AttachmentJson(Long id, AttachmentKind kind, String fileName, String mediaType, long size, String sha256) {

        static AttachmentJson of(Attachment a) {
            return new AttachmentJson(a.getId(), a.getKind(), a.getFileName(), a.getMediaType(), a.getSize(),
                    a.getSha256());
        }
    }

    record Summary(Long id, DossierState state, Title title, String villageName, String craft,
            LocalDate submittedOn) {

        static Summary of(Dossier d) {
            return new Summary(d.getId(), d.getState(), d.getTitle(), d.getVillageName(), d.getCraft(),
                    d.getSubmittedOn());
        }
    }

    record Page(List<Summary> items, long total) {
    }

    static DossierResponse of(Dossier d, DossierClock clock, List<Attachment> attachments, CriteriaCheck criteria) {
        return new DossierResponse(d.getId(), d.getVersion(), d.getState(), d.getTitle(), d.getCommuneId(),
                d.getVillageEntryId(), d.getVillageName(), d.getHamlets(), d.getActivityGroup(), d.getCraft(), d.getTotalHouseholds(),
                d.getParticipatingHouseholds(), new DossierRequest.Workers(d.getWorkersTotal(), d.getWorkersRegular()),
                d.getProduction().stream().map(p -> new DossierRequest.Figure(p.year(), p.value())).toList(),
                d.getCraftSinceYear(), d.isCraftAlreadyRecognised(), d.isVillageAlreadyRecognised(), d.getArtisans(),
                new DossierRequest.Contact(d.getContactName(), d.getContactPhone()), d.getSubmittedOn(),
                d.getAcceptedOn(), clock.dueDate(), clock.daysUsed(), clock.daysPaused(), d.getReturnReason(),
                d.getSupplementDeadline(), attachments.stream().map(AttachmentJson::of).toList(), criteria);
    }
}
