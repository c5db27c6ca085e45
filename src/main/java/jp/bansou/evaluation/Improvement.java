package jp.bansou.evaluation;

import java.time.LocalDate;
import jp.bansou.organization.RoleHolder;
import jp.bansou.shared.FiscalYear;

/**
 * An improvement the committee decided (見直し・改善事項) on the year it evaluated, for a business
 * area or one of its items, with who is responsible (a staff member or a group, or nobody named), by
 * when, and whether it is done. It is shown on the next year's items until done and after.
 */
public record Improvement(Long id, FiscalYear year, long areaId, Long itemId, String text, RoleHolder responsible,
                          LocalDate dueOn, LocalDate doneOn, String doneBy) {

    public Improvement {
        if (year == null) {
            throw new IllegalArgumentException("年度は必須です");
        }
        text = Texts.required(text, 2000, "改善事項");
        if (dueOn != null && dueOn.isBefore(year.firstDay())) {
            throw new IllegalArgumentException("期限は" + year.firstDay() + "以降にしてください");
        }
        if ((doneOn == null) != (doneBy == null)) {
            throw new IllegalArgumentException("完了日と完了者は揃えて記録します");
        }
    }

    public static Improvement decided(FiscalYear year, long areaId, Long itemId, String text, RoleHolder responsible,
                                      LocalDate dueOn) {
        return new Improvement(null, year, areaId, itemId, text, responsible, dueOn, null, null);
    }

    public boolean done() {
        return doneOn != null;
    }

    /** The improvement done on {@code day} by {@code who}; refused when it was done already. */
    public Improvement markDone(LocalDate day, String who) {
        if (done()) {
            throw new IllegalStateException("この改善事項は" + doneOn + "に完了済みです");
        }
        return new Improvement(id, year, areaId, itemId, text, responsible, dueOn, day, who);
    }

    /** Overdue on {@code today}: open past its due date. */
    public boolean overdue(LocalDate today) {
        return !done() && dueOn != null && today.isAfter(dueOn);
    }
}
