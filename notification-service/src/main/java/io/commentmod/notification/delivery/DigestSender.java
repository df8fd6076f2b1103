package io.commentmod.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import io.commentmod.notification.NotificationProperties;
import io.commentmod.notification.delivery.NotificationMetrics.SuppressedReason;
import io.commentmod.notification.mail.MailComposer;
import io.commentmod.notification.mail.Mailer;
import io.commentmod.notification.mail.Notice;
import io.commentmod.notification.mail.OutgoingMail;
import io.commentmod.notification.preferences.DeliveryMode;
import io.commentmod.notification.preferences.EmailPreferences;
import io.commentmod.notification.preferences.UnsubscribeLinks;
import io.commentmod.notification.recipients.EmailAddresses;
import io.commentmod.notification.recipients.NotificationKind;
import io.commentmod.notification.recipients.Recipient;

/**
 * Sends the daily digests whose time has come: per address, one email with every due notice. Polled, not
 * scheduled at the exact time, so a service that was down at 07:00 sends them when it is back.
 */
@Component
public class DigestSender {

    private static final Logger log = LoggerFactory.getLogger(DigestSender.class);

    private final DeliveryLog deliveries;
    private final EmailPreferences preferences;
    private final UnsubscribeLinks links;
    private final MailComposer composer;
    private final Mailer mailer;
    private final NotificationMetrics metrics;

    DigestSender(DeliveryLog deliveries, EmailPreferences preferences, UnsubscribeLinks links, MailComposer composer,
            Mailer mailer, NotificationMetrics metrics) {
        this.deliveries = deliveries;
        this.preferences = preferences;
        this.links = links;
        this.composer = composer;
        this.mailer = mailer;
        this.metrics = metrics;
    }

    /** Returns how many digests were sent; one address's failure does not stop the others. */
    public int sendDue(Instant now) {
        deliveries.releaseExpiredDigestClaims(now);
        int sent = 0;
        for (String recipient : deliveries.recipientsWithDueDigests(now)) {
            try {
                if (sendDigest(recipient, now)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                log.warn("Digest to {} failed, retried on the next poll: {}", EmailAddresses.mask(recipient),
                        e.getMessage());
            }
        }
        return sent;
    }

    private boolean sendDigest(String recipient, Instant now) {
        String digestId = UUID.randomUUID().toString();
        List<Delivery> taken = deliveries.takeForDigest(recipient, now, digestId);
        // Preferences may have changed since these were queued: a kind turned off since then is dropped now.
        var modes = preferences.modesOf(recipient);
        List<Notice> notices = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        String name = "";
        for (Delivery delivery : taken) {
            if (modes.get(delivery.kind()) == DeliveryMode.OFF) {
                dropped.add(delivery.id());
                metrics.suppressed(delivery.kind(), SuppressedReason.UNSUBSCRIBED);
            } else {
                notices.add(delivery.notice());
                if (delivery.recipientName() != null && !delivery.recipientName().isBlank()) {
                    name = delivery.recipientName();
                }
            }
        }
        deliveries.markSuppressed(dropped);
        if (notices.isEmpty()) {
            return false;
        }
        // The kind only matters for a single notice's copy; a digest is about all of them.
        Recipient to = new Recipient(recipient, name, NotificationKind.NEW_COMMENT);
        OutgoingMail mail = composer.composeDigest(to, notices, links.linksForAll(recipient), digestId);
        long started = System.nanoTime();
        try {
            mailer.send(mail);
        } catch (RuntimeException e) {
            metrics.digestFailed(Duration.ofNanos(System.nanoTime() - started));
            deliveries.markDigestFailed(digestId, e);
            throw e;
        }
        metrics.digestSent(notices.stream().map(Notice::kind).toList(), Duration.ofNanos(System.nanoTime() - started));
        deliveries.markDigestSent(digestId, mail.subject());
        log.info("Sent a digest of {} notice(s) to {}", notices.size(), EmailAddresses.mask(recipient));
        return true;
    }

    /** Polls for due digests every {@code commentmod.notification.digest.poll-interval}. */
    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    static class Schedule implements SchedulingConfigurer {

        private final DigestSender sender;
        private final Clock clock;
        private final Duration interval;

        Schedule(DigestSender sender, Clock clock, NotificationProperties properties) {
            this.sender = sender;
            this.clock = clock;
            this.interval = properties.digest().pollInterval();
        }

        @Override
        public void configureTasks(ScheduledTaskRegistrar registrar) {
            registrar.addFixedDelayTask(() -> {
                try {
                    sender.sendDue(clock.instant());
                } catch (RuntimeException e) {
                    log.warn("Digest poll failed: {}", e.getMessage());
                }
            }, interval);
        }
    }
}
