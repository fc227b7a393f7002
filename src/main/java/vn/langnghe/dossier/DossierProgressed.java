package vn.langnghe.dossier;

import java.time.LocalDate;

/**
 * A step of the provincial review happened to a dossier; the commune is told. {@code reason} and
 * {@code deadline} are set for a return only.
 */
public record DossierProgressed(Long dossierId, Long communeId, Kind kind, String reason, LocalDate deadline) {

    public enum Kind {
        ACCEPTED,
        RETURNED,
        WITHDRAWN
    }
}
