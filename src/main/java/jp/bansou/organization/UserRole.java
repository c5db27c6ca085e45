package jp.bansou.organization;

/**
 * What a user may do within their association: ADMIN and REVIEWER edit any item, STAFF edits the
 * items where they are lead or deputy, VIEWER only reads.
 */
public enum UserRole {
    ADMIN, REVIEWER, STAFF, VIEWER;

    public String authority() {
        return "ROLE_" + name();
    }
}
