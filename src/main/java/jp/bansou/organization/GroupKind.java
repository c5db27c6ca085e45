package jp.bansou.organization;

/** How a group's members are known: listed one by one, or every advisor in post (各指導員). */
public enum GroupKind {
    EXPLICIT, ALL_ADVISORS
}
