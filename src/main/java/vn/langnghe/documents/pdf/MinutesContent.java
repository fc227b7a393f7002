package vn.langnghe.documents.pdf;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the evaluation council's minutes (Biên bản họp Hội đồng xét duyệt) say.
 *
 * @param province         bare province name, e.g. "Phú Thọ"
 * @param roundName        the round, e.g. "Đợt 2 năm 2026"
 * @param openedOn         the day voting opened
 * @param closedOn         the day the round closed; {@code null} while still open
 * @param chairName        the council chair
 * @param members          all members, present or not
 * @param quorum           the minimum number of members for a valid vote
 * @param thresholdPercent approval needs more than this share of the voting members to agree
 * @param closedByChair    whether the chair closed the round (otherwise it closed when all present
 *                         members had voted)
 * @param items            one entry per dossier
 * @param showNames        whether the ballots are listed with members' names and opinions
 */
public record MinutesContent(
    String province,
    String roundName,
    LocalDate openedOn,
    LocalDate closedOn,
    String chairName,
    List<Member> members,
    int quorum,
    int thresholdPercent,
    boolean closedByChair,
    List<Item> items,
    boolean showNames) {

    /** Validates the required fields and copies the lists. */
    public MinutesContent {
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(roundName, "roundName");
        Objects.requireNonNull(openedOn, "openedOn");
        Objects.requireNonNull(chairName, "chairName");
        members = members == null ? List.of() : List.copyOf(members);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /**
     * A council member.
     *
     * @param fullName the member's full name
     * @param chair    whether the member chairs the council
     * @param present  whether the member took part in the session
     */
    public record Member(String fullName, boolean chair, boolean present) {
        /** Validates the name. */
        public Member {
            Objects.requireNonNull(fullName, "fullName");
        }
    }

    /**
     * The vote on one dossier.
     *
     * @param villageName village name
     * @param commune     commune with its unit word, e.g. "xã Chiềng Châu"
     * @param titleLabel  the title applied for, lower case
     * @param agree       votes in favour
     * @param disagree    votes against
     * @param recused     members who did not take part (conflict of interest)
     * @param notVoted    present members who cast no vote
     * @param resultLabel e.g. "Đề nghị công nhận", "Không đề nghị công nhận",
     *                    "Không đủ số thành viên dự họp — chuyển phiên sau"
     * @param ballots     the individual ballots (printed only when names are shown)
     */
    public record Item(
        String villageName,
        String commune,
        String titleLabel,
        int agree,
        int disagree,
        int recused,
        int notVoted,
        String resultLabel,
        List<Ballot> ballots) {

        /** Validates the required fields and copies the ballots. */
        public Item {
            Objects.requireNonNull(villageName, "villageName");
            Objects.requireNonNull(commune, "commune");
            Objects.requireNonNull(titleLabel, "titleLabel");
            Objects.requireNonNull(resultLabel, "resultLabel");
            ballots = ballots == null ? List.of() : List.copyOf(ballots);
        }
    }

    /**
     * One member's ballot.
     *
     * @param memberName   the member's name
     * @param outcomeLabel "Đồng ý", "Không đồng ý" or "Không tham gia biểu quyết"
     * @param opinion      the member's written opinion; nullable
     */
    public record Ballot(String memberName, String outcomeLabel, String opinion) {
        /** Validates the required fields. */
        public Ballot {
            Objects.requireNonNull(memberName, "memberName");
            Objects.requireNonNull(outcomeLabel, "outcomeLabel");
        }
    }
}
