package jp.bansou.plan;

/** An item-year without a reviewer (確認者) or without a lead (主担当), or without both. */
public record RoleGap(long itemYearId, String name, boolean noReviewer, boolean noLead) {

    public RoleGap {
        if (!noReviewer && !noLead) {
            throw new IllegalArgumentException("a role gap lacks a reviewer or a lead");
        }
    }
}
