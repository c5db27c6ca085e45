package jp.bansou.organization;

/** What a staff member does; advisors (経営指導員) make up the group 各指導員 and the headcount targets use. */
public enum StaffKind {
    ADVISOR, ASSISTANT, BOOKKEEPING, MANAGEMENT, OFFICER, COMMITTEE
}
