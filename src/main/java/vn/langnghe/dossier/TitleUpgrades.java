package vn.langnghe.dossier;

import java.util.Optional;
import vn.langnghe.common.Names;
import vn.langnghe.criteria.Title;

/**
 * What a recognition may do to a village that already holds a title (Decree 52/2018): a craft village
 * may become a traditional craft village, and a village may add a traditional craft it does not hold
 * yet. Anything else would replace a title in force and is refused, with the reason.
 */
public final class TitleUpgrades {

    private TitleUpgrades() {
    }

    /** The message key of the refusal, empty when the recognition is allowed; a null village is a new one. */
    public static Optional<String> refusal(Title applied, KnownVillage village, String craft) {
        if (village == null || applied == null) {
            return Optional.empty();
        }
        if (applied == Title.TRADITIONAL_CRAFT) {
            String name = Names.normalised(craft);
            return village.craftsInForce().stream().anyMatch(c -> Names.normalised(c).equalsIgnoreCase(name))
                    ? Optional.of("dossier.error.village.craftInForce") : Optional.empty();
        }
        Title held = village.titleInForce();
        if (held == null || (held == Title.CRAFT_VILLAGE && applied == Title.TRADITIONAL_CRAFT_VILLAGE)) {
            return Optional.empty();
        }
        return Optional.of(held == Title.TRADITIONAL_CRAFT_VILLAGE ? "dossier.error.village.traditionalInForce"
                : "dossier.error.village.titleInForce");
    }
}
