package jp.bansou.organization;

/** Published when staff join, leave or change kind, so headcount-derived targets can be recomputed. */
public record StaffChanged(long associationId) {
}
