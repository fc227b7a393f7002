/** Screen parts for choosing an administrative unit, shared by the dossier, registry and user screens. */
@NamedInterface("ui")
package vn.langnghe.territory.ui;

import org.springframework.modulith.NamedInterface;
