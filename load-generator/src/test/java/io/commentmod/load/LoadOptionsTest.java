package io.commentmod.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class LoadOptionsTest {

    @Test
    void defaults_are_a_fixed_rate_of_200_for_60_seconds_after_10_seconds_of_warm_up() {
        LoadOptions o = LoadOptions.defaults();

        assertThat(o.rate()).isEqualTo(200);
        assertThat(o.duration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(o.warmup()).isEqualTo(Duration.ofSeconds(10));
        assertThat(o.baselines()).isTrue();
        assertThat(o.out()).isEqualTo("target/load-report.json");
    }

    @Test
    void rate_max_means_flat_out_with_the_given_concurrency() {
        LoadOptions o = LoadOptions.parse(new String[] {"--rate=max", "--concurrency=32", "--duration=20s"});

        assertThat(o.maxRate()).isTrue();
        assertThat(o.concurrency()).isEqualTo(32);
        assertThat(o.duration()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void durations_take_ms_s_m_and_bare_seconds() {
        assertThat(LoadOptions.duration("d", "500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(LoadOptions.duration("d", "1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(LoadOptions.duration("d", "2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(LoadOptions.duration("d", "7")).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void an_unknown_option_is_named_in_the_error() {
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--rat=5"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--rat");
    }

    @Test
    void help_is_recognised_anywhere_and_the_usage_lists_every_mode() {
        assertThat(LoadOptions.wantsHelp(new String[] {"--rate=5", "--help"})).isTrue();
        assertThat(LoadOptions.USAGE).contains("--rate=N|max", "--concurrency", "--duration", "--warmup", "--seed",
                "--baselines", "--out");
    }

    @Test
    void the_same_seed_is_kept_when_given() {
        assertThat(LoadOptions.parse(new String[] {"--seed=42"}).seed()).isEqualTo(42);
    }
}
