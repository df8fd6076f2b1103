package io.commentmod.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import io.commentmod.notification.NotificationProperties;
import io.commentmod.notification.support.TestProperties;

class DigestTimesTests {

    @Test
    void digestGoesOutAtTheNextSendTimeInTheConfiguredZone() {
        DigestTimes times = at(LocalTime.of(7, 0), "Europe/Berlin");

        // 05:59 UTC is 06:59 in Berlin in winter: today at 07:00 Berlin
        assertThat(times.nextAfter(Instant.parse("2026-11-27T05:59:00Z"))).isEqualTo("2026-11-27T06:00:00Z");
        // exactly at the send time: tomorrow's
        assertThat(times.nextAfter(Instant.parse("2026-11-27T06:00:00Z"))).isEqualTo("2026-11-28T06:00:00Z");
    }

    @Test
    void sendTimeInADaylightSavingGapMovesToTheNextValidInstant() {
        // 02:30 does not exist in Berlin on 2026-03-29 (clocks go from 02:00 to 03:00)
        DigestTimes times = at(LocalTime.of(2, 30), "Europe/Berlin");

        assertThat(times.nextAfter(Instant.parse("2026-03-28T23:00:00Z"))).isEqualTo("2026-03-29T01:30:00Z");
    }

    private static DigestTimes at(LocalTime sendAt, String zone) {
        NotificationProperties d = TestProperties.defaults();
        return new DigestTimes(new NotificationProperties(d.from(), d.fromName(), d.publicBaseUrl(),
                d.consoleBaseUrl(), d.onCall(), d.unsubscribeSecret(), d.unsubscribeTokenTtl(), d.sendLease(),
                d.retry(), new NotificationProperties.Digest(sendAt, ZoneId.of(zone), Duration.ofMinutes(1)),
                d.admin()));
    }
}
