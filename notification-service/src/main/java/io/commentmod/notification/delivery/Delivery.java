package io.commentmod.notification.delivery;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.commentmod.notification.recipients.NotificationKind;

/**
 * One email to one address about one comment: the {@code deliveries} collection, unique on
 * (commentId, kind, recipient).
 *
 * @param eventId  the event whose handling claimed (or last re-claimed) this delivery
 * @param attempts how many times it was claimed for sending
 */
@Document(DeliveryLog.COLLECTION)
record Delivery(
        @Id String id,
        String recipient,
        NotificationKind kind,
        String commentId,
        String articleId,
        String eventId,
        String subject,
        DeliveryStatus status,
        int attempts,
        Instant createdAt,
        Instant sentAt,
        String lastError) {
}
