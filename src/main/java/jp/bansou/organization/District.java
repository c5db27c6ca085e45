package jp.bansou.organization;

/**
 * A district of the association (a branch office, or the head office 本所), in display order. A
 * retired district is no longer offered for new records; what was recorded in it keeps it.
 */
public record District(long id, String name, boolean headOffice, int displayOrder, boolean retired) {
}
