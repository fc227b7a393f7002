package vn.langnghe.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An artisan (nghệ nhân) the craft is linked to, with the honour they hold, if any. */
@Embeddable
public record Artisan(@Column(name = "name", nullable = false) String name,
        @Column(name = "honour") String honour) {
}
