package jp.bansou.organization;

/** An admin deactivated a login: whatever it is still logged in with must end. */
public record UserDeactivated(long associationId, long userId) {
}
