package io.commentmod.notification.delivery;

/**
 * SENDING: claimed; the SMTP conversation may be going on. Nobody else sends it until the claim's lease runs out.
 * SENT: the SMTP server accepted it (or, for a digest item, the digest that carried it).
 * FAILED: the server refused or was unreachable; the event's next retry may claim it again.
 * QUEUED: waits for the recipient's daily digest. DIGESTING: taken by a digest being sent.
 * SUPPRESSED: queued for a digest, but the recipient turned that kind off before it went out.
 */
enum DeliveryStatus {
    SENDING, SENT, FAILED, QUEUED, DIGESTING, SUPPRESSED
}
