package vn.langnghe.council;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The province's defaults for a new round ({@code langnghe.council.*}); a round may set its own quorum and
 * threshold. By default a quorum is two thirds of the members (rounded up) and a dossier is recommended when
 * more than half of the members present agree.
 *
 * @param quorumNumerator   with {@code quorumDenominator}, the share of members that makes a quorum
 * @param thresholdPercent  approval needs strictly more than this percentage of the members present
 * @param namesInMinutes    whether the minutes name each member's vote (otherwise counts only)
 */
@ConfigurationProperties("langnghe.council")
public record CouncilSettings(@DefaultValue("2") int quorumNumerator, @DefaultValue("3") int quorumDenominator,
        @DefaultValue("50") int thresholdPercent, @DefaultValue("false") boolean namesInMinutes) {

    public CouncilSettings {
        if (quorumNumerator < 1 || quorumDenominator < quorumNumerator || thresholdPercent < 1
                || thresholdPercent > 99) {
            throw new IllegalArgumentException("langnghe.council: quorum must be a share between 0 and 1 and the "
                    + "threshold a percentage between 1 and 99");
        }
    }

    /** The default quorum for a round of {@code members}: the share, rounded up. */
    public int defaultQuorum(int members) {
        return Math.max(1, (members * quorumNumerator + quorumDenominator - 1) / quorumDenominator);
    }
}
