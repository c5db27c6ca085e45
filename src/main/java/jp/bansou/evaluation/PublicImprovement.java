package jp.bansou.evaluation;

import java.time.LocalDate;

/**
 * An improvement as the public page shows it: area, item (null for the whole area), text, due date and
 * whether it is done. Deliberately without who is responsible: no staff names go public.
 */
public record PublicImprovement(String areaName, String itemName, String text, LocalDate dueOn, boolean done,
                                LocalDate doneOn) {

    public static PublicImprovement of(ImprovementRow row) {
        Improvement i = row.improvement();
        return new PublicImprovement(row.areaName(), row.itemName(), i.text(), i.dueOn(), i.done(), i.doneOn());
    }
}
