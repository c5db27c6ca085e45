package jp.bansou.evaluation;

import jp.bansou.shared.FiscalYear;

/**
 * A member of a fiscal year's committee (fictional or real persons from consultants, the finance
 * corporation, the city, the federation as observer). Name required; texts trimmed and limited to
 * their columns. {@code id} is null until stored.
 */
public record CommitteeMember(Long id, FiscalYear year, String name, String affiliation, String title,
                              CommitteeRole role) {

    public CommitteeMember {
        if (year == null || role == null) {
            throw new IllegalArgumentException("年度と役割は必須です");
        }
        name = Texts.required(name, 100, "氏名");
        affiliation = Texts.optional(affiliation, 200, "所属");
        title = Texts.optional(title, 100, "役職");
    }

    /** The same person on the next year's committee, not yet stored. */
    public CommitteeMember copyTo(FiscalYear next) {
        return new CommitteeMember(null, next, name, affiliation, title, role);
    }
}
