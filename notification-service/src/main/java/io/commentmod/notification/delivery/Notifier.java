package io.commentmod.notification.delivery;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import io.commentmod.contracts.CommentModerated;
import io.commentmod.contracts.CommentStatusChanged;
import io.commentmod.contracts.Reason;
import io.commentmod.notification.NotificationProperties;
import io.commentmod.notification.delivery.NotificationMetrics.SuppressedReason;
import io.commentmod.notification.mail.AlertNotice;
import io.commentmod.notification.mail.MailComposer;
import io.commentmod.notification.mail.Mailer;
import io.commentmod.notification.mail.Notice;
import io.commentmod.notification.mail.OutgoingMail;
import io.commentmod.notification.preferences.DeliveryMode;
import io.commentmod.notification.preferences.EmailPreferences;
import io.commentmod.notification.preferences.UnsubscribeLinks;
import io.commentmod.notification.recipients.EmailAddresses;
import io.commentmod.notification.recipients.OnCallPlanner;
import io.commentmod.notification.recipients.Recipient;
import io.commentmod.notification.recipients.RecipientPlanner;

/**
 * Turns one event into at most one notification per recipient: plan, apply the recipient's preference (off, daily
 * digest, immediately), render, claim in the delivery log, send, record the outcome.
 */
@Component
class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);
    private static final int ALERT_SIGNALS_MAX = 5;

    private final RecipientPlanner planner;
    private final OnCallPlanner onCall;
    private final EmailPreferences preferences;
    private final UnsubscribeLinks links;
    private final MailComposer composer;
    private final Mailer mailer;
    private final DeliveryLog deliveries;
    private final DigestTimes digestTimes;
    private final NotificationMetrics metrics;
    private final Clock clock;
    private final String consoleBaseUrl;

    Notifier(RecipientPlanner planner, OnCallPlanner onCall, EmailPreferences preferences, UnsubscribeLinks links,
            MailComposer composer, Mailer mailer, DeliveryLog deliveries, DigestTimes digestTimes,
            NotificationMetrics metrics, Clock clock, NotificationProperties properties) {
        this.planner = planner;
        this.onCall = onCall;
        this.preferences = preferences;
        this.links = links;
        this.composer = composer;
        this.mailer = mailer;
        this.deliveries = deliveries;
        this.digestTimes = digestTimes;
        this.metrics = metrics;
        this.clock = clock;
        this.consoleBaseUrl = properties.consoleBaseUrl();
    }

    void handle(CommentStatusChanged event) {
        for (Recipient withheld : planner.withheld(event)) {
            metrics.suppressed(withheld.kind(), SuppressedReason.REJECTED);
        }
        boolean byTherapist = RecipientPlanner.writtenByTherapist(event);
        forEachRecipient(planner.plan(event),
                recipient -> notify(event.meta().id(), recipient, Notice.of(event, recipient.kind(), byTherapist)));
    }

    void handle(CommentModerated event) {
        List<Recipient> recipients = onCall.plan(event);
        if (recipients.isEmpty()) {
            return;
        }
        AlertNotice alert = new AlertNotice(event.commentId(), event.articleId(), signals(event.reasons()),
                consoleBaseUrl + "/console/cases/" + UriUtils.encodePathSegment(event.commentId(), UTF_8),
                event.decidedAt() == null ? event.meta().time() : event.decidedAt());
        forEachRecipient(recipients, recipient -> {
            if (preferences.modeOf(recipient.email(), recipient.kind()) == DeliveryMode.OFF) {
                metrics.suppressed(recipient.kind(), SuppressedReason.UNSUBSCRIBED);
                return;
            }
            deliverNow(recipient, event.commentId(), event.articleId(), event.meta().id(),
                    composer.composeAlert(alert, recipient, links.linksFor(recipient.email(), recipient.kind())));
        });
    }

    /**
     * Every recipient gets their attempt even when an earlier one fails; the first failure is then rethrown so the
     * event is retried, and the retry skips whoever was already served.
     */
    private static void forEachRecipient(List<Recipient> recipients, Consumer<Recipient> action) {
        RuntimeException failure = null;
        for (Recipient recipient : recipients) {
            try {
                action.accept(recipient);
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

    private void notify(String eventId, Recipient recipient, Notice notice) {
        DeliveryMode mode = preferences.modeOf(recipient.email(), recipient.kind());
        switch (mode) {
            case OFF -> {
                metrics.suppressed(recipient.kind(), SuppressedReason.UNSUBSCRIBED);
                log.debug("Not sending {} for comment {} to {}: turned off", recipient.kind(), notice.commentId(),
                        EmailAddresses.mask(recipient.email()));
            }
            case DAILY -> {
                if (deliveries.queueForDigest(recipient, notice, eventId, digestTimes.nextAfter(clock.instant()))) {
                    metrics.queued(recipient.kind());
                } else {
                    metrics.suppressed(recipient.kind(), SuppressedReason.DUPLICATE);
                }
            }
            case IMMEDIATE -> deliverNow(recipient, notice.commentId(), notice.articleId(), eventId,
                    composer.compose(notice, recipient, links.linksFor(recipient.email(), recipient.kind())));
        }
    }

    private void deliverNow(Recipient recipient, String commentId, String articleId, String eventId,
            OutgoingMail mail) {
        String who = EmailAddresses.mask(recipient.email());
        DeliveryLog.Claim claim = deliveries.claim(recipient, commentId, articleId, eventId, mail.subject());
        switch (claim) {
            case DONE -> {
                metrics.suppressed(recipient.kind(), SuppressedReason.DUPLICATE);
                log.debug("Not sending {} for comment {} to {}: already sent", recipient.kind(), commentId, who);
                return;
            }
            case IN_FLIGHT -> throw new DeliveryInFlightException(recipient.kind() + " for comment " + commentId
                    + " to " + who + " is being sent by another attempt");
            case RECLAIMED -> metrics.retried(recipient.kind());
            case CLAIMED -> {
                // first attempt
            }
        }
        long started = System.nanoTime();
        try {
            mailer.send(mail);
        } catch (RuntimeException e) {
            metrics.failed(recipient.kind(), Duration.ofNanos(System.nanoTime() - started));
            log.warn("Sending {} for comment {} to {} failed: {}", recipient.kind(), commentId, who, e.getMessage());
            deliveries.markFailed(recipient, commentId, e);
            throw e;
        }
        metrics.sent(recipient.kind(), Duration.ofNanos(System.nanoTime() - started));
        // If this write fails the record stays SENDING until its lease ends; see DeliveryLog for that window.
        deliveries.markSent(recipient, commentId);
        log.info("Sent {} for comment {} to {}{}", recipient.kind(), commentId, who,
                claim == DeliveryLog.Claim.RECLAIMED ? " (after an earlier attempt)" : "");
    }

    /** The engine's explanations, one per line, without the matched words (see {@link AlertNotice}). */
    private static List<String> signals(List<Reason> reasons) {
        Set<String> lines = new LinkedHashSet<>();
        for (Reason reason : reasons) {
            if (reason.explanation() != null && !reason.explanation().isBlank() && lines.size() < ALERT_SIGNALS_MAX) {
                String category = reason.category() == null ? "" : reason.category() + ": ";
                lines.add(category + reason.explanation().strip());
            }
        }
        if (lines.isEmpty()) {
            lines.add("Held as urgent by the safety rules.");
        }
        return List.copyOf(lines);
    }
}
