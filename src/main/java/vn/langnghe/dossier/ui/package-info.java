/** The dossier screens; the case file is shared with the provincial task screens. */
@NamedInterface("ui")
package vn.langnghe.dossier.ui;

import org.springframework.modulith.NamedInterface;
