package io.commentmod.notification.support;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import io.commentmod.notification.NotificationProperties;

/** The service's settings as the defaults in application.yml give them, for tests that build beans by hand. */
public final class TestProperties {

    public static final String ON_CALL = "on-call@moderators.example";

    private TestProperties() {
    }

    public static NotificationProperties withSendLease(Duration lease) {
        return new NotificationProperties("notifications@commentmod.local", "Comment notifications",
                "http://localhost:8083", "http://localhost:8082", List.of(ON_CALL), "a-secret-of-enough-length",
                Duration.ofDays(90), lease,
                new NotificationProperties.Retry(8, Duration.ofSeconds(10), 3.0, Duration.ofMinutes(30)),
                new NotificationProperties.Digest(LocalTime.of(7, 0), ZoneId.of("UTC"), Duration.ofMinutes(1)),
                new NotificationProperties.Admin("admin", "admin-pass"));
    }

    public static NotificationProperties defaults() {
        return withSendLease(Duration.ofMinutes(2));
    }
}
