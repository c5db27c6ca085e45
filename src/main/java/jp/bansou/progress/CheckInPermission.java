package jp.bansou.progress;

import jp.bansou.organization.UserRole;

/**
 * Who may do what with an item's check-ins, from the user's role and their place on the item: the
 * lead or a deputy (in person or through a group) posts, the reviewer (in person or through a group)
 * acknowledges or returns, but not a check-in they posted themselves; admins do everything;
 * viewers and users of another association nothing.
 */
public record CheckInPermission(UserRole role, boolean sameAssociation, boolean leadOrDeputy, boolean reviewer) {

    public boolean mayPost() {
        return allowed() && (role == UserRole.ADMIN || leadOrDeputy);
    }

    public boolean mayReview() {
        return allowed() && (role == UserRole.ADMIN || reviewer);
    }

    /** May review this check-in: a reviewer never confirms their own (an admin may). */
    public boolean mayReview(long posterUserId, long userId) {
        return mayReview() && (role == UserRole.ADMIN || posterUserId != userId);
    }

    private boolean allowed() {
        return sameAssociation && role != UserRole.VIEWER;
    }
}
