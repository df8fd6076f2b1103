package io.commentmod.notification.preferences;

/** How an address wants one kind of email. */
public enum DeliveryMode {
    /** One email per event, as soon as it happens (the default). */
    IMMEDIATE,
    /** Collected and sent as one email a day. */
    DAILY,
    /** Not at all. */
    OFF
}
