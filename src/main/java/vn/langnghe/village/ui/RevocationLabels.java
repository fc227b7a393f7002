package vn.langnghe.village.ui;

import com.vaadin.flow.component.Component;
import java.time.format.DateTimeFormatter;
import vn.langnghe.common.VietnamTime;
import vn.langnghe.village.ReviewEvent;
import vn.langnghe.village.ReviewFlag;

/** One line per step of a review on the village page (the reviewer's task writes it the same way). */
final class RevocationLabels {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VietnamTime.ZONE);

    private RevocationLabels() {
    }

    /** "22/11/2026 08:00 – thamdinh: Hỏi xã: …". */
    static String describe(Component context, ReviewEvent event) {
        String note = event.getNote() == null ? "" : event.getNote();
        if (event.getAction() == vn.langnghe.village.ReviewAction.STARTED && !note.isEmpty()) {
            note = context.getTranslation("revocation.flaggedFor", String.valueOf(event.getYear()), String.join(", ",
                    java.util.Arrays.stream(note.split(",")).map(f -> context.getTranslation(
                            "revocation.flag." + ReviewFlag.valueOf(f).name())).toList()));
        }
        String action = context.getTranslation("revocation.action." + event.getAction().name());
        if (event.getDecisionNumber() != null) {
            action += " (" + event.getDecisionNumber() + ")";
        }
        return WHEN.format(event.getAt()) + " – " + event.getActor() + ": " + action + (note.isEmpty() ? "" : ": " + note);
    }
}
