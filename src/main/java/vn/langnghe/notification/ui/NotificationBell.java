package vn.langnghe.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import vn.langnghe.common.VietnamTime;
import vn.langnghe.identity.Role;
import vn.langnghe.identity.SignedInUser;
import vn.langnghe.identity.UserAccountService;
import vn.langnghe.notification.NotificationService;
import vn.langnghe.ui.HeaderItem;

/** The bell in the header: the unread count, and the latest notifications on a click. */
@org.springframework.stereotype.Component
class NotificationBell implements HeaderItem {

    private static final int SHOWN = 30;

    private final NotificationService notifications;

    NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        SignedInUser user = UserAccountService.current().orElse(null);
        Button bell = new Button(VaadinIcon.BELL.create());
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bell.addClassName("notification-bell");
        if (user == null) {
            bell.setVisible(false);
            return bell;
        }
        showCount(bell, user);
        bell.addClickListener(e -> open(bell, user));
        return bell;
    }

    private void showCount(Button bell, SignedInUser user) {
        long unread = notifications.unread(user);
        bell.setText(unread == 0 ? null : String.valueOf(unread));
        bell.setAriaLabel(bell.getTranslation("notification.unread", unread));
    }

    private void open(Button bell, SignedInUser user) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(bell.getTranslation("notification.heading"));
        Div list = new Div();
        list.addClassName("notification-list");
        for (NotificationService.Item item : notifications.latest(user, SHOWN)) {
            var n = item.notification();
            Paragraph text = new Paragraph(new Span(VietnamTime.DATE_TIME.format(n.getCreatedAt()) + " · "),
                    new Span(bell.getTranslation(n.getMessageKey(), n.getArguments())));
            if (!item.read()) {
                text.addClassName("unread");
            }
            if (n.getDossierId() != null && user.role() != Role.ADMINISTRATOR) {
                text.add(new Span(" "), new Anchor("ho-so/" + n.getDossierId(), bell.getTranslation("notification.open")));
            }
            list.add(text);
        }
        if (list.getComponentCount() == 0) {
            list.add(new Paragraph(bell.getTranslation("notification.none")));
        }
        dialog.add(list);
        Button markRead = new Button(bell.getTranslation("notification.markAllRead"), e -> {
            notifications.markAllRead(user);
            showCount(bell, user);
            dialog.close();
        });
        Button close = new Button(bell.getTranslation("notification.close"), e -> dialog.close());
        dialog.getFooter().add(close, markRead);
        dialog.open();
    }
}
