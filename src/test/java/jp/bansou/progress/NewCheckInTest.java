package jp.bansou.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import jp.bansou.shared.FiscalYear;
import org.junit.jupiter.api.Test;

/** What a check-in needs before it is stored, field by field, and how the item's kind changes it. */
class NewCheckInTest {

    private static final FiscalYear FY2022 = FiscalYear.of(2022);
    private static final LocalDate TODAY = LocalDate.of(2022, 7, 10);

    @Test
    void keepsTheFigureOfAManualItemAsPeopleWriteIt() {
        NewCheckIn checkIn = draft(LocalDate.of(2022, 6, 30), "12.0").forItem(FY2022, false, TODAY);
        assertThat(checkIn.figureToDate()).isEqualTo(new BigDecimal("12"));
        assertThat(checkIn.comment()).isEqualTo("商談会に3社参加");
    }

    @Test
    void needsTheFigureForAManualItem() {
        assertThatThrownBy(() -> draft(LocalDate.of(2022, 6, 30), null).forItem(FY2022, false, TODAY))
                .hasMessage("実績（現在）を入力してください（手入力の項目です）");
    }

    @Test
    void dropsTheFigureOfACountedItem() {
        assertThat(draft(LocalDate.of(2022, 6, 30), "5").forItem(FY2022, true, TODAY).figureToDate()).isNull();
        assertThat(draft(LocalDate.of(2022, 6, 30), null).forItem(FY2022, true, TODAY).figureToDate()).isNull();
    }

    @Test
    void takesOnlyADateInTheItemsFiscalYear() {
        assertThatThrownBy(() -> draft(LocalDate.of(2022, 3, 31), "1").forItem(FY2022, false, TODAY))
                .hasMessage("基準日は令和4年度（2022-04-01〜2023-03-31）の日付を入力してください");
        assertThat(draft(LocalDate.of(2022, 4, 1), "1").forItem(FY2022, false, TODAY).asOf())
                .isEqualTo(LocalDate.of(2022, 4, 1));
    }

    @Test
    void takesNoDateAfterToday() {
        assertThatThrownBy(() -> draft(TODAY.plusDays(1), "1").forItem(FY2022, false, TODAY))
                .hasMessage("基準日に未来の日付は入力できません");
        assertThat(draft(TODAY, "1").forItem(FY2022, false, TODAY).asOf()).isEqualTo(TODAY);
    }

    @Test
    void namesTheFieldThatIsMissingOrWrong() {
        assertThatThrownBy(() -> new NewCheckIn(null, null, CheckInStatus.ON_TRACK, "x")).hasMessage("基準日を入力してください");
        assertThatThrownBy(() -> new NewCheckIn(TODAY, null, null, "x")).hasMessage("状況を選んでください");
        assertThatThrownBy(() -> new NewCheckIn(TODAY, null, CheckInStatus.BEHIND, "  "))
                .hasMessage("コメントを1000文字以内で入力してください");
        assertThatThrownBy(() -> new NewCheckIn(TODAY, null, CheckInStatus.BEHIND, "あ".repeat(1001)))
                .hasMessage("コメントを1000文字以内で入力してください");
        assertThatThrownBy(() -> new NewCheckIn(TODAY, new BigDecimal("-1"), CheckInStatus.BEHIND, "x"))
                .hasMessage("実績（現在）は0以上、小数第1位までの数値を入力してください");
        assertThatThrownBy(() -> new NewCheckIn(TODAY, new BigDecimal("1.25"), CheckInStatus.BEHIND, "x"))
                .hasMessage("実績（現在）は0以上、小数第1位までの数値を入力してください");
    }

    private static NewCheckIn draft(LocalDate asOf, String figure) {
        return new NewCheckIn(asOf, figure == null ? null : new BigDecimal(figure), CheckInStatus.ATTENTION,
                " 商談会に3社参加 ");
    }
}
