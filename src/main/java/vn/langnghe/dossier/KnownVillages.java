package vn.langnghe.dossier;

import java.util.List;
import java.util.Optional;

/**
 * The villages the registry already holds for a commune, as a dossier names them. The registry module
 * implements it; the dossier module asks through it, so the dependency keeps pointing from the registry
 * to the dossier and never back.
 */
public interface KnownVillages {

    /** The villages recorded in the commune (as recorded or after the 2025 reform), by name. */
    List<KnownVillage> ofCommune(Long communeId);

    /** The village {@code entryId} if it belongs to the commune; empty otherwise. */
    Optional<KnownVillage> find(Long communeId, Long entryId);
}
