package vn.langnghe.dossier;

import java.util.Set;
import vn.langnghe.criteria.Title;

/**
 * A village of the registry as a dossier sees it.
 *
 * @param titleInForce   the village's title while recognised or under review; null when it holds none
 * @param craftsInForce  the traditional crafts of the village that hold their title, as recorded (NFC)
 */
public record KnownVillage(Long id, String name, Title titleInForce, Set<String> craftsInForce) {

    public KnownVillage {
        craftsInForce = Set.copyOf(craftsInForce);
    }
}
