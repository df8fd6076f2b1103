package io.commentmod.notification.delivery;

import org.springframework.stereotype.Component;

import io.commentmod.notification.recipients.NotificationKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** {@code notifications.sent|failed} by kind, {@code notifications.suppressed} by reason. */
@Component
class NotificationMetrics {

    static final String SENT = "notifications.sent";
    static final String FAILED = "notifications.failed";
    static final String SUPPRESSED = "notifications.suppressed";

    enum SuppressedReason {
        UNSUBSCRIBED, DUPLICATE;

        String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final MeterRegistry meters;

    NotificationMetrics(MeterRegistry meters) {
        this.meters = meters;
        // Registered up front so dashboards see zeros instead of missing series.
        for (NotificationKind kind : NotificationKind.values()) {
            sentCounter(kind);
            failedCounter(kind);
        }
        for (SuppressedReason reason : SuppressedReason.values()) {
            suppressedCounter(reason);
        }
    }

    void sent(NotificationKind kind) {
        sentCounter(kind).increment();
    }

    void failed(NotificationKind kind) {
        failedCounter(kind).increment();
    }

    void suppressed(SuppressedReason reason) {
        suppressedCounter(reason).increment();
    }

    private Counter sentCounter(NotificationKind kind) {
        return Counter.builder(SENT).description("Emails the SMTP server accepted").tag("kind", kind.name())
                .register(meters);
    }

    private Counter failedCounter(NotificationKind kind) {
        return Counter.builder(FAILED).description("Send attempts the SMTP server refused or did not answer")
                .tag("kind", kind.name()).register(meters);
    }

    private Counter suppressedCounter(SuppressedReason reason) {
        return Counter.builder(SUPPRESSED).description("Emails not sent: unsubscribed, or already sent or claimed")
                .tag("reason", reason.tag()).register(meters);
    }
}
