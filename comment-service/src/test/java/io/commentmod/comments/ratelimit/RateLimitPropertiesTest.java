package io.commentmod.comments.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.web.MockHttpServletRequest;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class RateLimitPropertiesTest {

    private static final String PREFIX = "commentmod.ingest.rate-limit";

    @Test
    void defaultsSuitAPublicSite() {
        RateLimitProperties properties = bind(Map.of());

        assertThat(properties.enabled()).isTrue();
        assertThat(properties.perAddress()).isEqualTo(new Limit(60, Duration.ofMinutes(1)));
        assertThat(properties.perAuthor()).isEqualTo(new Limit(10, Duration.ofMinutes(1)));
        assertThat(properties.trustedProxies()).isEmpty();
        assertThat(properties.maxTrackedKeys()).isEqualTo(50_000);
    }

    @Test
    void limitsAreWrittenAsRequestsPerPeriodAndProxiesAsAList() {
        RateLimitProperties properties = bind(Map.of(PREFIX + ".per-address", "2000000/1s",
                PREFIX + ".per-author", "5 / 30s", PREFIX + ".trusted-proxies", "10.0.0.0/8, ::1"));

        assertThat(properties.perAddress()).isEqualTo(new Limit(2_000_000, Duration.ofSeconds(1)));
        assertThat(properties.perAuthor()).isEqualTo(new Limit(5, Duration.ofSeconds(30)));
        assertThat(properties.trustedProxies()).containsExactly("10.0.0.0/8", "::1");
    }

    @Test
    void meaninglessLimitsAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Limit.valueOf("0/1m"));
        assertThatIllegalArgumentException().isThrownBy(() -> Limit.valueOf("60"));
        assertThatIllegalArgumentException().isThrownBy(() -> Limit.valueOf("60/0s"));
        assertThatIllegalArgumentException().isThrownBy(() -> Limit.valueOf("60/30d"));
    }

    @Test
    void aBadSettingStopsTheServiceAtStartup() {
        contextWith(PREFIX + ".per-address=sixty").run(context -> assertThat(context).hasFailed());
        contextWith(PREFIX + ".trusted-proxies=proxy.example.org").run(context -> assertThat(context).hasFailed());
        contextWith(PREFIX + ".max-tracked-keys=1").run(context -> assertThat(context).hasFailed());
        contextWith(PREFIX + ".per-author=3/1h").run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void whenDisabledNothingIsEverRefused() {
        RateLimitProperties off = bind(Map.of(PREFIX + ".enabled", "false", PREFIX + ".per-address", "1/1h"));
        IngestRateLimiter limiter = new IngestRateLimiter(off, Clock.systemUTC(), new SimpleMeterRegistry());
        MockHttpServletRequest request = new MockHttpServletRequest();

        assertThatNoException().isThrownBy(() -> {
            for (int i = 0; i < 2000; i++) {
                limiter.admit(request, "load@example.org");
            }
        });
    }

    @Test
    void raisedLimitsAdmit2000CommentsASecondFromOneAddressAndOneAuthor() {
        RateLimitProperties raised = bind(Map.of(PREFIX + ".per-address", "1000000/1s",
                PREFIX + ".per-author", "1000000/1s"));
        IngestRateLimiter limiter = new IngestRateLimiter(raised, Clock.systemUTC(), new SimpleMeterRegistry());
        MockHttpServletRequest request = new MockHttpServletRequest();

        assertThatNoException().isThrownBy(() -> {
            for (int i = 0; i < 2000; i++) {
                limiter.admit(request, "load@example.org");
            }
        });
    }

    private static RateLimitProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate(PREFIX, RateLimitProperties.class);
    }

    private static ApplicationContextRunner contextWith(String property) {
        return new ApplicationContextRunner().withUserConfiguration(PropertiesOnly.class)
                .withBean(Clock.class, Clock::systemUTC).withBean(SimpleMeterRegistry.class)
                .withPropertyValues(property);
    }

    @EnableConfigurationProperties(RateLimitProperties.class)
    static class PropertiesOnly {
    }
}
