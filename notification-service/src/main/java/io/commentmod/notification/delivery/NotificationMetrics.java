package io.commentmod.notification.delivery;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import io.commentmod.notification.recipients.NotificationKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * {@code notifications.sent|failed|retried|queued} by kind, {@code notifications.suppressed} by kind and reason,
 * {@code notifications.dead_lettered} by topic, {@code notifications.send} (a timer of SMTP sends) by kind and
 * outcome, {@code notifications.digest.size} (notices per digest).
 */
@Component
public class NotificationMetrics {

    static final String SENT = "notifications.sent";
    static final String FAILED = "notifications.failed";
    static final String RETRIED = "notifications.retried";
    static final String QUEUED = "notifications.queued";
    static final String SUPPRESSED = "notifications.suppressed";
    static final String DEAD_LETTERED = "notifications.dead_lettered";
    static final String SEND_TIMER = "notifications.send";
    static final String DIGEST_SIZE = "notifications.digest.size";
    /** The kind tag of a digest email's send time and failures: it carries notices of several kinds. */
    static final String DIGEST = "DIGEST";

    /** Why a notification was not sent. */
    public enum SuppressedReason {
        /** The recipient turned this kind off (or everything). */
        UNSUBSCRIBED,
        /** The comment was rejected: nobody hears about it (no backscatter). */
        REJECTED,
        /** Already sent, or queued for a digest, for this comment, kind and address. */
        DUPLICATE;

        String tag() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final MeterRegistry meters;
    private final DistributionSummary digestSize;

    NotificationMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.digestSize = DistributionSummary.builder(DIGEST_SIZE).description("Notices in one daily digest email")
                .baseUnit("notices").register(meters);
        // Registered up front so dashboards see zeros instead of missing series.
        for (NotificationKind kind : NotificationKind.values()) {
            counter(SENT, "Emails the SMTP server accepted", kind);
            counter(FAILED, "Send attempts the SMTP server refused or did not answer", kind);
            counter(RETRIED, "Sends that took over an earlier failed or abandoned attempt", kind);
            counter(QUEUED, "Notices kept for the recipient's daily digest", kind);
            for (SuppressedReason reason : SuppressedReason.values()) {
                suppressedCounter(kind, reason);
            }
        }
    }

    void sent(NotificationKind kind, Duration took) {
        counter(SENT, "Emails the SMTP server accepted", kind).increment();
        sendTimer(kind.name(), "sent").record(took);
    }

    void failed(NotificationKind kind, Duration took) {
        counter(FAILED, "Send attempts the SMTP server refused or did not answer", kind).increment();
        sendTimer(kind.name(), "failed").record(took);
    }

    void retried(NotificationKind kind) {
        counter(RETRIED, "Sends that took over an earlier failed or abandoned attempt", kind).increment();
    }

    void queued(NotificationKind kind) {
        counter(QUEUED, "Notices kept for the recipient's daily digest", kind).increment();
    }

    public void suppressed(NotificationKind kind, SuppressedReason reason) {
        suppressedCounter(kind, reason).increment();
    }

    /** Each notice counts as sent (it reached its reader); the SMTP time is the digest's, once. */
    void digestSent(List<NotificationKind> notices, Duration took) {
        notices.forEach(kind -> counter(SENT, "Emails the SMTP server accepted", kind).increment());
        sendTimer(DIGEST, "sent").record(took);
        digestSize.record(notices.size());
    }

    void digestFailed(Duration took) {
        Counter.builder(FAILED).description("Send attempts the SMTP server refused or did not answer")
                .tag("kind", DIGEST).register(meters).increment();
        sendTimer(DIGEST, "failed").record(took);
    }

    public void deadLettered(String topic) {
        Counter.builder(DEAD_LETTERED).description("Events given up on and kept on a dead-letter topic")
                .tag("topic", topic).register(meters).increment();
    }

    private Counter counter(String name, String description, NotificationKind kind) {
        return Counter.builder(name).description(description).tag("kind", kind.name()).register(meters);
    }

    private Counter suppressedCounter(NotificationKind kind, SuppressedReason reason) {
        return Counter.builder(SUPPRESSED).description("Notifications not sent, and why").tag("kind", kind.name())
                .tag("reason", reason.tag()).register(meters);
    }

    private Timer sendTimer(String kind, String outcome) {
        return Timer.builder(SEND_TIMER).description("Time the SMTP server took to take (or refuse) one email")
                .tag("kind", kind).tag("outcome", outcome).publishPercentileHistogram().register(meters);
    }
}
