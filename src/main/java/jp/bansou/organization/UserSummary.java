package jp.bansou.organization;

/** A login as the administration pages show it; never its password hash. */
public record UserSummary(long id, String username, String displayName, UserRole role, Long staffMemberId,
                          String staffName, boolean enabled) {
}
