package io.commentmod.notification.delivery;

/**
 * SENDING: claimed, the SMTP conversation may or may not have happened; never sent again (at most once).
 * SENT: the SMTP server accepted it. FAILED: the server refused or was unreachable; the next attempt may claim it.
 */
enum DeliveryStatus {
    SENDING, SENT, FAILED
}
