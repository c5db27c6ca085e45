package jp.bansou.report;

/**
 * Column positions of the sheet's layout: 事業, 項目別事項, 目標, 達成状況, 実績, one column per district,
 * then 確認者, 主担当, 副担当 and 備考 (zero-based).
 */
record SheetColumns(int districtCount) {

    static final int AREA = 0;
    static final int ITEM = 1;
    static final int TARGET = 2;
    static final int GRADE = 3;
    static final int ACTUAL = 4;
    static final int FIRST_DISTRICT = 5;

    SheetColumns {
        if (districtCount < 0) {
            throw new IllegalArgumentException("地区の数は0以上です");
        }
    }

    int district(int index) {
        return FIRST_DISTRICT + index;
    }

    int lastDistrict() {
        return FIRST_DISTRICT + districtCount - 1;
    }

    int reviewer() {
        return FIRST_DISTRICT + districtCount;
    }

    int lead() {
        return reviewer() + 1;
    }

    int deputies() {
        return reviewer() + 2;
    }

    int note() {
        return reviewer() + 3;
    }

    int count() {
        return note() + 1;
    }
}
