package jp.bansou.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed logins counted per key (a username, a client address): after {@code maxFailures} failures
 * within {@code window} the key is locked for {@code lockout}, whether or not such a user exists, so
 * the answer reveals nothing. Held in memory and bounded: past {@code maxKeys} the key least recently
 * touched is forgotten first (an attacker flooding keys only unlocks their own oldest ones).
 */
final class LoginThrottle {

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration lockout;
    private final Map<String, Attempts> attempts;

    LoginThrottle(Clock clock, int maxFailures, Duration window, Duration lockout, int maxKeys) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockout = lockout;
        this.attempts = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Attempts> eldest) {
                return size() > maxKeys;
            }
        };
    }

    synchronized boolean isLocked(String key) {
        Attempts a = attempts.get(key);
        return a != null && a.lockedUntil != null && clock.instant().isBefore(a.lockedUntil);
    }

    synchronized void failed(String key) {
        Instant now = clock.instant();
        Attempts a = attempts.computeIfAbsent(key, k -> new Attempts());
        while (!a.failures.isEmpty() && !a.failures.peekFirst().isAfter(now.minus(window))) {
            a.failures.removeFirst();
        }
        a.failures.addLast(now);
        if (a.failures.size() >= maxFailures) {
            a.lockedUntil = now.plus(lockout);
            a.failures.clear();
        }
    }

    synchronized void succeeded(String key) {
        attempts.remove(key);
    }

    synchronized int size() {
        return attempts.size();
    }

    private static final class Attempts {
        final Deque<Instant> failures = new ArrayDeque<>();
        Instant lockedUntil;
    }
}
