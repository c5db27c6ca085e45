package jp.bansou.apitoken;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An API token as its owner and the admins see it (never the secret). It works until it is revoked
 * and through its expiry date (the whole day, Japanese time); from the next day on it is expired.
 */
public record ApiToken(long id, long associationId, long userId, String owner, String name, String shownPrefix,
                       LocalDateTime createdAt, LocalDate expiresOn, LocalDateTime lastUsedAt,
                       LocalDateTime revokedAt) {

    /** Using a token writes at most this often, so a busy script does not write on every request. */
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    public enum Status { ACTIVE, EXPIRED, REVOKED }

    public Status statusOn(LocalDate today) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return expiresOn != null && today.isAfter(expiresOn) ? Status.EXPIRED : Status.ACTIVE;
    }

    public boolean usableOn(LocalDate today) {
        return statusOn(today) == Status.ACTIVE;
    }

    boolean dueForTouch(LocalDateTime now) {
        return lastUsedAt == null || !lastUsedAt.plus(TOUCH_INTERVAL).isAfter(now);
    }
}
