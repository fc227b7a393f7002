package vn.langnghe.dossier;

import java.time.LocalDate;

/**
 * A step of the provincial review happened to a dossier; the commune is told. {@code reason} is set for a
 * return or a rejection, {@code deadline} for a return or a withdrawal.
 */
public record DossierProgressed(Long dossierId, Long communeId, Kind kind, String reason, LocalDate deadline) {

    public enum Kind {
        ACCEPTED,
        RETURNED,
        WITHDRAWN,
        NOT_RECOMMENDED,
        RECOGNISED,
        REJECTED
    }
}
