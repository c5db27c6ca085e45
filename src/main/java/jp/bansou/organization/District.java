package jp.bansou.organization;

/** A district of the association (a branch office, or the head office 本所), in display order. */
public record District(long id, String name, boolean headOffice, int displayOrder) {
}
