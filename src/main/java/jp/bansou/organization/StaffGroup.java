package jp.bansou.organization;

/** A named group that can hold a role as one (各指導員, 正副会長, 記帳担当). */
public record StaffGroup(long id, String name, GroupKind kind) {
}
