package jp.bansou.report;

import java.util.List;
import jp.bansou.activity.Reach;
import jp.bansou.activity.Trend;
import jp.bansou.activity.TrendCounts;
import jp.bansou.shared.FiscalYear;

/**
 * The national implementation report's figures for a fiscal year, in the report's order. A line
 * not defined gives null figures (shown as 未設定); trends are null when follow-up is not defined.
 *
 * @param advisorsInPost advisors (経営指導員) in post at some time in the year, a reference beside the staff engaged
 */
public record NationalReport(FiscalYear year, long advisorsInPost, Reach staff, Reach surveys, Reach basicData,
                             Reach analysed, Reach planned, Reach followUp, TrendCounts trends) {

    /** The figures in the report's order, as the page and the workbook show them. */
    public List<NationalFigure> figures() {
        return List.of(
                new NationalFigure("staff", staff == null ? null : staff.staff(), false),
                new NationalFigure("advisorsInPost", advisorsInPost, true),
                new NationalFigure("surveys", surveys == null ? null : surveys.records(), false),
                new NationalFigure("basicData", basicData == null ? null : basicData.businesses(), false),
                new NationalFigure("analysed", analysed == null ? null : analysed.businesses(), false),
                new NationalFigure("planned", planned == null ? null : planned.businesses(), false),
                new NationalFigure("followedUp", followUp == null ? null : followUp.businesses(), false),
                new NationalFigure("followUpVisits", followUp == null ? null : followUp.records(), false));
    }

    /** The trend columns in the report's order: rose, fell, stayed flat, unknown. */
    public List<Trend> trendColumns() {
        return List.of(Trend.UP, Trend.DOWN, Trend.FLAT, Trend.UNKNOWN);
    }
}
