package vn.langnghe.notification.mail;

/** How a user receives one kind of mail. */
public enum Delivery {
    /** A mail per event, shortly after it happened. */
    IMMEDIATE,
    /** Gathered into the one mail of the day. */
    DIGEST,
    OFF
}
