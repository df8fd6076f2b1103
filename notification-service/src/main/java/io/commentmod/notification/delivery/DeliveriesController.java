package io.commentmod.notification.delivery;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.commentmod.notification.recipients.EmailAddresses;
import io.commentmod.notification.recipients.NotificationKind;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What was sent to whom, for support questions ("did the therapist get my comment?"). ADMIN only. */
@RestController
@RequestMapping("/api/v1/deliveries")
class DeliveriesController {

    private final DeliveryLog deliveries;

    DeliveriesController(DeliveryLog deliveries) {
        this.deliveries = deliveries;
    }

    /** Optional at the binding level so that a missing value is reported like a blank one, naming the field. */
    @GetMapping
    List<DeliveryView> byRecipient(
            @RequestParam(required = false) @NotBlank @Email @Size(max = 254) String recipient) {
        return deliveries.findByRecipient(EmailAddresses.normalize(recipient)).stream().map(DeliveryView::of).toList();
    }

    record DeliveryView(String recipient, NotificationKind kind, String commentId, String articleId, String eventId,
            DeliveryStatus status, String subject, Instant createdAt, Instant sentAt) {

        static DeliveryView of(Delivery d) {
            return new DeliveryView(d.recipient(), d.kind(), d.commentId(), d.articleId(), d.eventId(), d.status(),
                    d.subject(), d.createdAt(), d.sentAt());
        }
    }
}
