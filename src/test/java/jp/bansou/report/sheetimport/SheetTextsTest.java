package jp.bansou.report.sheetimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import jp.bansou.plan.ItemUnit;
import jp.bansou.plan.TargetComparator;
import org.junit.jupiter.api.Test;

/** The sheet's texts read back without Spring: targets, area cells, 備考. */
class SheetTextsTest {

    @Test
    void readsTargetsWithUnitAndComparator() {
        assertThat(TargetText.parse("3,600件以上")).isEqualTo(new TargetText(new BigDecimal("3600"), ItemUnit.KEN, TargetComparator.AT_LEAST));
        assertThat(TargetText.parse("45事業者以上").unit()).isEqualTo(ItemUnit.JIGYOSHA);
        assertThat(TargetText.parse("34.5点〜")).isEqualTo(new TargetText(new BigDecimal("34.5"), ItemUnit.TEN, TargetComparator.AT_LEAST));
        assertThat(TargetText.parse("４回以下").comparator()).isEqualTo(TargetComparator.AT_MOST);
        assertThat(TargetText.parse("1")).isEqualTo(new TargetText(BigDecimal.ONE, null, TargetComparator.EXACT));
        assertThat(TargetText.parse(" ")).isNull();
    }

    @Test
    void refusesTargetsItCannotRead() {
        assertThatThrownBy(() -> TargetText.parse("毎年")).hasMessage("目標が数値ではありません（毎年）");
        assertThatThrownBy(() -> TargetText.parse("10件未満")).hasMessage("目標の「未満」は読めません（以上・以下・〜のいずれかです）");
        assertThatThrownBy(() -> TargetText.parse("10個")).hasMessageStartingWith("目標の単位「個」は使えません");
        assertThatThrownBy(() -> TargetText.parse("٣件")).hasMessage("目標が数値ではありません（٣件）");
        assertThatThrownBy(() -> TargetText.parse("3\n件")).hasMessageStartingWith("目標の単位「\n件」");
    }

    @Test
    void readsTheAreaCellAsTheExportAndTheSeedSheetWriteIt() {
        assertThat(AreaText.parse("地域経済動向調査\n(指針③)")).isEqualTo(new AreaText("地域経済動向調査", 3, null));
        assertThat(AreaText.parse("地域経済動向調査 (指針③)")).isEqualTo(new AreaText("地域経済動向調査", 3, null));
        assertThat(AreaText.parse("需要動向調査\n(指針③)\nものづくり支援")).isEqualTo(new AreaText("需要動向調査", 3, "ものづくり支援"));
        assertThat(AreaText.parse("ひとつづくり支援")).isEqualTo(new AreaText("ひとつづくり支援", null, null));
    }

    @Test
    void keepsTheDerivationApartAndDropsTheFiveYearProgress() {
        Remarks remarks = Remarks.parse("経営CSVより抽出\n各指導員9名×400件+300件 = 3,900件（+補助員+記帳）\n5年累計 69 / 40 = 173%");
        assertThat(remarks.note()).isEqualTo("経営CSVより抽出");
        assertThat(remarks.derivation()).isEqualTo(new Remarks.Derivation("各指導員", new BigDecimal("400"),
                new BigDecimal("300"), "+補助員+記帳"));
        assertThat(Remarks.parse("毎年 333 / 300 = 111%").note()).isNull();
        assertThat(Remarks.parse("年間12回").after("組織率60%").note()).isEqualTo("組織率60%\n年間12回");
    }
}
