package io.commentmod.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class NotificationPropertiesTests {

    @Test
    void unsetOnCallVariableMeansNobodyIsOnCallAndTheDefaultsHold() {
        // application.yml binds on-call to ${ON_CALL_EMAILS:}, which is empty when the variable is not set
        NotificationProperties properties = bind(Map.of("commentmod.notification.on-call", ""));

        assertThat(properties.onCall()).isEmpty();
        assertThat(properties.retry().attempts()).isEqualTo(8);
        assertThat(properties.retry().initialBackoff()).isEqualTo(Duration.ofSeconds(10));
        assertThat(properties.digest().sendAt()).isEqualTo(LocalTime.of(7, 0));
        assertThat(properties.sendLease()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void onCallListIsCommaSeparatedAndUrlsLoseTheirTrailingSlash() {
        NotificationProperties properties = bind(Map.of(
                "commentmod.notification.on-call", "a@mods.example,b@mods.example",
                "commentmod.notification.console-base-url", "https://mod.example.org/",
                "commentmod.notification.public-base-url", "https://mail.example.org//"));

        assertThat(properties.onCall()).containsExactly("a@mods.example", "b@mods.example");
        assertThat(properties.consoleBaseUrl()).isEqualTo("https://mod.example.org");
        assertThat(properties.publicBaseUrl()).isEqualTo("https://mail.example.org");
    }

    private static NotificationProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("commentmod.notification", NotificationProperties.class);
    }
}
