package vn.langnghe.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Production value of one calendar year, in VND. */
@Embeddable
public record ProductionYear(@Column(name = "production_year", nullable = false) int year,
        @Column(name = "production_value", nullable = false) long value) {
}
