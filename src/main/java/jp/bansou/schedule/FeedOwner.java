package jp.bansou.schedule;

/** The login a feed token belongs to: its association and staff member (null for a login without one). */
public record FeedOwner(long userId, long associationId, Long staffMemberId, String displayName) {
}
