package io.commentmod.notification.delivery;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;

import io.commentmod.notification.NotificationProperties;

/** When the daily digest goes out: the next configured time of day, in the configured zone. */
@Component
class DigestTimes {

    private final LocalTime sendAt;
    private final ZoneId zone;

    DigestTimes(NotificationProperties properties) {
        this.sendAt = properties.digest().sendAt();
        this.zone = properties.digest().zone();
    }

    /** The first send time strictly after {@code now}; daylight-saving gaps move it to the next valid instant. */
    Instant nextAfter(Instant now) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime candidate = local.toLocalDate().atTime(sendAt).atZone(zone);
        if (!candidate.isAfter(local)) {
            candidate = local.toLocalDate().plusDays(1).atTime(sendAt).atZone(zone);
        }
        return candidate.toInstant();
    }
}
