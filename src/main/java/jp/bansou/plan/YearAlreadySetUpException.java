package jp.bansou.plan;

import jp.bansou.shared.FiscalYear;

/** A rollover into a year that has item-years already: refused, so nothing set up there is overwritten. */
public class YearAlreadySetUpException extends RuntimeException {

    public YearAlreadySetUpException(FiscalYear year) {
        super(year.japaneseLabel() + "の目標管理表はすでにあります。年度繰越は行いませんでした");
    }
}
