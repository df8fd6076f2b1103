package io.commentmod.notification.delivery;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.commentmod.notification.mail.Notice;
import io.commentmod.notification.recipients.NotificationKind;

/**
 * One notification to one address about one comment: the {@code deliveries} collection, unique on
 * (commentId, kind, recipient).
 *
 * @param eventId   the event whose handling claimed (or last re-claimed) this delivery
 * @param attempts  how many times it was claimed for sending
 * @param claimedAt when the current SENDING or DIGESTING claim was taken
 * @param dueAt     for a QUEUED delivery, when its digest goes out
 * @param digestId  the digest that carries (or carried) it
 * @param notice    for a digest, what the email will say
 */
@Document(DeliveryLog.COLLECTION)
record Delivery(
        @Id String id,
        String recipient,
        String recipientName,
        NotificationKind kind,
        String commentId,
        String articleId,
        String eventId,
        String subject,
        DeliveryStatus status,
        int attempts,
        Instant createdAt,
        Instant claimedAt,
        Instant sentAt,
        Instant dueAt,
        String digestId,
        Notice notice,
        String lastError) {
}
