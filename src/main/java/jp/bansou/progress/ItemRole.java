package jp.bansou.progress;

/**
 * A person's place on an item's year: reviewer (確認者), lead (主担当) or deputy (副担当), held in
 * person or as a member of a group ({@code viaGroup} is the group's name then, else null).
 */
public record ItemRole(Kind kind, String viaGroup) {

    public enum Kind {
        REVIEWER, LEAD, DEPUTY
    }

    public ItemRole {
        if (kind == null) {
            throw new IllegalArgumentException("役割は必須です");
        }
    }

    public boolean leadOrDeputy() {
        return kind != Kind.REVIEWER;
    }
}
