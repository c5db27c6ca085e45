package jp.bansou.organization;

/**
 * Who holds a role on an item: a person or a group, never both.
 */
public record RoleHolder(Long staffMemberId, Long staffGroupId) {

    public RoleHolder {
        if ((staffMemberId == null) == (staffGroupId == null)) {
            throw new IllegalArgumentException("a role is held by exactly one person or one group");
        }
    }

    public static RoleHolder person(long staffMemberId) {
        return new RoleHolder(staffMemberId, null);
    }

    public static RoleHolder group(long staffGroupId) {
        return new RoleHolder(null, staffGroupId);
    }

    public boolean isGroup() {
        return staffGroupId != null;
    }

    /** A stable key for forms and lookups: {@code s12} for a person, {@code g3} for a group. */
    public String key() {
        return isGroup() ? "g" + staffGroupId : "s" + staffMemberId;
    }

    public static RoleHolder parseKey(String key) {
        if (key == null || key.length() < 2 || !key.substring(1).matches("\\d+")) {
            throw new IllegalArgumentException("担当者の指定が正しくありません: " + key);
        }
        long id = Long.parseLong(key.substring(1));
        return switch (key.charAt(0)) {
            case 's' -> person(id);
            case 'g' -> group(id);
            default -> throw new IllegalArgumentException("担当者の指定が正しくありません: " + key);
        };
    }
}
