package vn.langnghe.council;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A member of a round, with the name printed in the minutes. */
@Embeddable
public record CouncilMember(@Column(name = "username", nullable = false) String username,
        @Column(name = "full_name", nullable = false) String fullName) {
}
