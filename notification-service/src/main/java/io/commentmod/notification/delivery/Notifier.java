package io.commentmod.notification.delivery;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.commentmod.contracts.CommentStatusChanged;
import io.commentmod.notification.delivery.NotificationMetrics.SuppressedReason;
import io.commentmod.notification.mail.MailComposer;
import io.commentmod.notification.mail.Mailer;
import io.commentmod.notification.mail.OutgoingMail;
import io.commentmod.notification.recipients.EmailAddresses;
import io.commentmod.notification.recipients.Recipient;
import io.commentmod.notification.recipients.RecipientPlanner;
import io.commentmod.notification.unsubscribe.UnsubscribeLinks;
import io.commentmod.notification.unsubscribe.Unsubscriptions;

/**
 * Turns one status change into at most one email per recipient: plan, drop the unsubscribed, render, claim in the
 * delivery log, send, record the outcome.
 */
@Component
class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final RecipientPlanner planner;
    private final Unsubscriptions unsubscriptions;
    private final UnsubscribeLinks links;
    private final MailComposer composer;
    private final Mailer mailer;
    private final DeliveryLog deliveries;
    private final NotificationMetrics metrics;

    Notifier(RecipientPlanner planner, Unsubscriptions unsubscriptions, UnsubscribeLinks links, MailComposer composer,
            Mailer mailer, DeliveryLog deliveries, NotificationMetrics metrics) {
        this.planner = planner;
        this.unsubscriptions = unsubscriptions;
        this.links = links;
        this.composer = composer;
        this.mailer = mailer;
        this.deliveries = deliveries;
        this.metrics = metrics;
    }

    /**
     * Every recipient gets their attempt even when an earlier one fails; the first failure is then rethrown so the
     * listener's error handler retries the event, and the retry skips whoever was already served.
     */
    void handle(CommentStatusChanged event) {
        List<Recipient> recipients = planner.plan(event);
        RuntimeException failure = null;
        for (Recipient recipient : recipients) {
            try {
                notify(event, recipient);
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void notify(CommentStatusChanged event, Recipient recipient) {
        String who = EmailAddresses.mask(recipient.email());
        if (unsubscriptions.isUnsubscribed(recipient.email(), recipient.kind())) {
            metrics.suppressed(SuppressedReason.UNSUBSCRIBED);
            log.debug("Not sending {} for comment {} to {}: unsubscribed", recipient.kind(), event.commentId(), who);
            return;
        }
        OutgoingMail mail = composer.compose(event, recipient, links.linkFor(recipient.email(), recipient.kind()));
        String articleId = event.article() == null ? null : event.article().id();
        DeliveryLog.Claim claim = deliveries.claim(recipient.email(), recipient.kind(), event.commentId(), articleId,
                event.meta().id(), mail.subject());
        if (claim == DeliveryLog.Claim.TAKEN) {
            metrics.suppressed(SuppressedReason.DUPLICATE);
            log.debug("Not sending {} for comment {} to {}: already sent or in flight", recipient.kind(),
                    event.commentId(), who);
            return;
        }
        try {
            mailer.send(mail);
        } catch (RuntimeException e) {
            metrics.failed(recipient.kind());
            log.warn("Sending {} for comment {} to {} failed: {}", recipient.kind(), event.commentId(), who,
                    e.getMessage());
            deliveries.markFailed(recipient.email(), recipient.kind(), event.commentId(), e);
            throw e;
        }
        metrics.sent(recipient.kind());
        // If this write fails the record stays SENDING: the email went out and will not go out again.
        deliveries.markSent(recipient.email(), recipient.kind(), event.commentId());
        log.info("Sent {} for comment {} to {}{}", recipient.kind(), event.commentId(), who,
                claim == DeliveryLog.Claim.RECLAIMED ? " (after an earlier failure)" : "");
    }
}
