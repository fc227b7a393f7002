package vn.langnghe.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * The question asked before a step that cannot be taken back (submitting a dossier, opening a vote, issuing a
 * numbered decision, revoking a title): it says what will happen, and only the confirm button carries it out.
 */
public final class Confirmations {

    private Confirmations() {
    }

    public static ConfirmDialog ask(String header, String text, String confirmText, String cancelText,
            Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(header, text, confirmText, e -> action.run());
        dialog.setCancelable(true);
        dialog.setCancelText(cancelText);
        dialog.open();
        return dialog;
    }
}
