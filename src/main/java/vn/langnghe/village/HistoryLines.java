package vn.langnghe.village;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import vn.langnghe.common.VietnamTime;

/** One line per step of an entry's history, as the village page and the reviewer's task both show it. */
public final class HistoryLines {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(VietnamTime.ZONE);

    /** The screen's message lookup ({@code Component::getTranslation}). */
    @FunctionalInterface
    public interface Translation {
        String get(String key, Object... arguments);
    }

    private HistoryLines() {
    }

    /** "22/11/2026 08:00 – thamdinh: Đề nghị xã giải trình: …". */
    public static String describe(ReviewEvent event, Translation t) {
        String note = event.getNote() == null ? "" : event.getNote();
        if (!note.isEmpty()) {
            note = switch (event.getAction()) {
                case STARTED -> t.get("revocation.flaggedFor", String.valueOf(event.getYear()), String.join(", ",
                        Arrays.stream(note.split(",")).map(f -> t.get("revocation.flag." + ReviewFlag.valueOf(f).name()))
                                .toList()));
                case RECOGNISED, UPGRADED -> String.join(" → ",
                        Arrays.stream(note.split(",")).map(title -> t.get("title." + title)).toList());
                default -> note;
            };
        }
        String action = t.get("revocation.action." + event.getAction().name())
                + (event.getDecisionNumber() == null ? "" : " (" + event.getDecisionNumber() + ")");
        return WHEN.format(event.getAt()) + " – " + event.getActor() + ": " + action + (note.isEmpty() ? "" : ": " + note);
    }
}
