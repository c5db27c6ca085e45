package jp.bansou.plan;

import java.util.List;
import jp.bansou.organization.RoleHolder;

/** Who reviews (確認者), leads (主担当) and assists (副担当) an item in a year. */
public record RoleAssignment(RoleHolder reviewer, RoleHolder lead, List<RoleHolder> deputies) {

    public RoleAssignment {
        if (reviewer == null || lead == null) {
            throw new IllegalArgumentException("確認者と主担当は必須です");
        }
        deputies = deputies == null ? List.of() : List.copyOf(deputies);
    }

    /** True when the person is the reviewer (確認者), directly or through one of their groups. */
    public boolean isReviewer(long staffMemberId, java.util.Set<Long> groupIds) {
        return reviewer.isGroup() ? groupIds.contains(reviewer.staffGroupId())
                : reviewer.staffMemberId() == staffMemberId;
    }

    /** True when the person leads or deputises directly or through one of their groups. */
    public boolean isLeadOrDeputy(long staffMemberId, java.util.Set<Long> groupIds) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(lead), deputies.stream())
                .anyMatch(h -> h.isGroup() ? groupIds.contains(h.staffGroupId()) : h.staffMemberId() == staffMemberId);
    }
}
