package jp.bansou.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import jp.bansou.plan.AreaBlock;
import jp.bansou.plan.ItemUnit;
import jp.bansou.plan.Target;
import jp.bansou.plan.TargetComparator;
import jp.bansou.plan.TargetRow;
import org.junit.jupiter.api.Test;

class SheetLineTest {

    @Test
    void formatsWholeTargetsWithoutDecimalsAndKeepsTheUnit() {
        assertThat(SheetLine.numberFormat(new BigDecimal("3600"), "件以上")).isEqualTo("#,##0\"件以上\"");
        assertThat(SheetLine.numberFormat(new BigDecimal("34.50"), "点")).isEqualTo("#,##0.0##\"点\"");
        assertThat(SheetLine.numberFormat(new BigDecimal("12"), "")).isEqualTo("#,##0");
    }

    @Test
    void dropsQuotesThatWouldBreakTheFormat() {
        assertThat(SheetLine.numberFormat(BigDecimal.ONE, "回\"")).isEqualTo("#,##0\"回\"");
    }

    @Test
    void letsANoteWithoutSplitSpanTheDistrictColumns() {
        SheetLine line = SheetLine.of(row(false, Map.of(), "年間12回"), "うち");
        assertThat(line.spanningNote()).isEqualTo("年間12回");
        assertThat(line.remarks()).isEqualTo("各指導員9名×12件 = 108件");
    }

    @Test
    void putsTheNoteInTheRemarksWhereThereIsASplit() {
        SheetLine line = SheetLine.of(row(true, Map.of(1L, BigDecimal.TEN), "経営CSVより抽出"), "うち");
        assertThat(line.spanningNote()).isNull();
        assertThat(line.name()).isEqualTo("うち財務分析数");
        assertThat(line.remarks()).isEqualTo("経営CSVより抽出\n各指導員9名×12件 = 108件");
        assertThat(line.deputies()).isEqualTo("河本、奥田");
        assertThat(line.target()).isEqualByComparingTo("108");
    }

    @Test
    void namesTheAreaWithItsGuidelineAndSubHeading() {
        assertThat(SheetLine.areaText(new AreaBlock(1, "地域経済動向調査", 3, null, List.of())))
                .isEqualTo("地域経済動向調査\n(指針③)");
        assertThat(SheetLine.areaText(new AreaBlock(2, "需要開拓", null, "ものづくり支援", List.of())))
                .isEqualTo("需要開拓\nものづくり支援");
    }

    @Test
    void placesTheColumnsAfterTheDistricts() {
        SheetColumns columns = new SheetColumns(6);
        assertThat(columns.lastDistrict()).isEqualTo(10);
        assertThat(columns.reviewer()).isEqualTo(11);
        assertThat(columns.note()).isEqualTo(14);
        assertThat(columns.count()).isEqualTo(15);
        assertThatThrownBy(() -> new SheetColumns(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static TargetRow row(boolean subItem, Map<Long, BigDecimal> split, String note) {
        Target target = new Target(new BigDecimal("108"), ItemUnit.values()[0], TargetComparator.values()[0]);
        return new TargetRow(1, 2, subItem, "財務分析数", target, "各指導員9名×12件 = 108件", BigDecimal.TEN, split,
                "A", note, "佐々木", "各指導員", List.of("河本", "奥田"), null, true, 0);
    }
}
