package vn.langnghe.notification;

/** A notification was stored, in the transaction still open; its readers may also be told by mail. */
public record NotificationWritten(Notification notification) {
}
