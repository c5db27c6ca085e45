package jp.bansou.datacheck.checks;

import jp.bansou.shared.FiscalYear;

/** The pages where a finding is fixed. */
final class Links {

    private Links() {
    }

    /** The item page of an item-year (target, actual, split, roles). */
    static String item(long itemYearId) {
        return "/items/" + itemYearId;
    }

    /** The activity list narrowed to one record, in the record's fiscal year. */
    static String record(long recordId, FiscalYear year) {
        return "/activities?fy=" + year.startYear() + "&record=" + recordId;
    }

    /** The merge page for a pair of businesses, keeping {@code kept}. */
    static String merge(long kept, long duplicate) {
        return "/businesses/" + kept + "/merge?duplicate=" + duplicate;
    }

    /** The target table of the year, for an item that has no year to link to. */
    static String targetTable(FiscalYear year) {
        return "/target-table?fy=" + year.startYear();
    }
}
