package jp.bansou.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock, 5, Duration.ofMinutes(15), Duration.ofMinutes(15), 3);

    @Test
    void locksAfterFiveFailuresWithinFifteenMinutes() {
        fail("user:kawamoto", 4);
        assertThat(throttle.isLocked("user:kawamoto")).isFalse();

        fail("user:kawamoto", 1);

        assertThat(throttle.isLocked("user:kawamoto")).isTrue();
        assertThat(throttle.isLocked("user:sasaki")).isFalse();
    }

    @Test
    void unlocksFifteenMinutesLater() {
        fail("addr:10.0.0.1", 5);

        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(throttle.isLocked("addr:10.0.0.1")).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.isLocked("addr:10.0.0.1")).isFalse();
    }

    @Test
    void forgetsFailuresOlderThanTheWindow() {
        fail("user:viewer", 4);
        clock.advance(Duration.ofMinutes(15));

        fail("user:viewer", 1);

        assertThat(throttle.isLocked("user:viewer")).isFalse();
    }

    @Test
    void aSuccessfulLoginClearsTheFailures() {
        fail("user:admin", 4);
        throttle.succeeded("user:admin");

        fail("user:admin", 1);

        assertThat(throttle.isLocked("user:admin")).isFalse();
    }

    @Test
    void keepsNoMoreKeysThanItsBoundDroppingTheLeastRecentlyUsed() {
        fail("user:a", 5);
        fail("user:b", 1);
        fail("user:c", 1);
        assertThat(throttle.isLocked("user:a")).isTrue();

        fail("user:d", 1);

        assertThat(throttle.size()).isEqualTo(3);
        assertThat(throttle.isLocked("user:a")).isTrue(); // touched by the check above, so b went
    }

    private void fail(String key, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(key);
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2022-06-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
