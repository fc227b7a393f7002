/** How a criteria check is shown on a screen, shared by the dossier form, the case file and the appraisal. */
@NamedInterface("ui")
package vn.langnghe.criteria.ui;

import org.springframework.modulith.NamedInterface;
