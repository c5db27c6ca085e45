package jp.bansou.progress;

import jp.bansou.organization.UserRole;

/**
 * Who may do what with an item's check-ins, from the user's role and their place on the item: the
 * lead or a deputy (in person or through a group) posts, the reviewer (in person or through a group)
 * acknowledges or returns; admins do both; viewers and users of another association neither.
 */
public record CheckInPermission(UserRole role, boolean sameAssociation, boolean leadOrDeputy, boolean reviewer) {

    public boolean mayPost() {
        return allowed() && (role == UserRole.ADMIN || leadOrDeputy);
    }

    public boolean mayReview() {
        return allowed() && (role == UserRole.ADMIN || reviewer);
    }

    private boolean allowed() {
        return sameAssociation && role != UserRole.VIEWER;
    }
}
