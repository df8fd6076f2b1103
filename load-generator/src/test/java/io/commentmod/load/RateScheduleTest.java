package io.commentmod.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RateScheduleTest {

    @Test
    void requests_are_spaced_evenly_from_the_start() {
        RateSchedule schedule = new RateSchedule(1_000, 200);

        assertThat(schedule.intendedNanos(0)).isEqualTo(1_000);
        assertThat(schedule.intendedNanos(1)).isEqualTo(1_000 + 5_000_000);
        assertThat(schedule.intendedNanos(200)).isEqualTo(1_000 + 1_000_000_000);
    }

    @Test
    void a_rate_that_does_not_divide_a_second_never_drifts() {
        RateSchedule schedule = new RateSchedule(0, 3);

        assertThat(schedule.intendedNanos(3_000)).isEqualTo(1_000_000_000_000L);
        assertThat(schedule.intendedNanos(1)).isEqualTo(333_333_333L);
    }

    @Test
    void counts_the_requests_scheduled_before_a_time() {
        RateSchedule schedule = new RateSchedule(0, 2_000);

        assertThat(schedule.countBefore(0)).isZero();
        assertThat(schedule.countBefore(1)).isEqualTo(1);
        assertThat(schedule.countBefore(1_000_000_000L)).isEqualTo(2_000);
        assertThat(schedule.countBefore(1_000_000_001L)).isEqualTo(2_001);
    }

    @Test
    void the_count_before_a_time_agrees_with_the_intended_times_for_awkward_rates() {
        for (double rate : new double[] {7, 333.3, 1_999, 2_000.5}) {
            RateSchedule schedule = new RateSchedule(123, rate);
            for (long t = 0; t < 3_000_000_000L; t += 77_777_777L) {
                long n = schedule.countBefore(t);
                if (n > 0) {
                    assertThat(schedule.intendedNanos(n - 1)).isLessThan(t);
                }
                assertThat(schedule.intendedNanos(n)).isGreaterThanOrEqualTo(t);
            }
        }
    }

    @Test
    void refuses_a_rate_that_is_not_positive() {
        assertThatThrownBy(() -> new RateSchedule(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
