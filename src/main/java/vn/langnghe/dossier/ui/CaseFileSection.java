package vn.langnghe.dossier.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import vn.langnghe.dossier.Dossier;
import vn.langnghe.identity.SignedInUser;

/**
 * A part of the case file contributed by a later stage (appraisal, council, issued documents), so the dossier
 * module shows them without depending on those modules. Spring beans, in {@code @Order}.
 */
public interface CaseFileSection {

    /** The section for this dossier, or empty when the stage has nothing to show yet. */
    Optional<Component> render(SignedInUser user, Dossier dossier);
}
