package jp.bansou.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Map;
import jp.bansou.shared.FiscalYear;
import org.junit.jupiter.api.Test;

class SnapshotMarksTest {

    @Test
    void marksOnlyTheCellsThatDifferWithTheirValueAtClosing() {
        SnapshotMarks marks = new SnapshotMarks(new YearSnapshot(FiscalYear.of(2021), LocalDateTime.now(), "管理者"),
                Map.of(7L, Map.of("ACTUAL", "123", "GRADE", "")));
        assertThat(marks.taken()).isTrue();
        assertThat(marks.changed(7, "ACTUAL")).isTrue();
        assertThat(marks.was(7, "ACTUAL")).isEqualTo("123");
        assertThat(marks.changed(7, "TARGET")).isFalse();
        assertThat(marks.changed(8, "ACTUAL")).isFalse();
        assertThat(marks.count()).isEqualTo(2);
        assertThat(SnapshotMarks.none().taken()).isFalse();
    }

    @Test
    void namesTheFieldsAndTheDistrictOfASplitValue() {
        Map<Long, String> districts = Map.of(3L, "音戸");
        assertThat(new SnapshotField("TARGET").label(districts)).isEqualTo("目標");
        assertThat(new SnapshotField("SECOND_HALF").label(districts)).isEqualTo("下期");
        assertThat(new SnapshotField("D3").label(districts)).isEqualTo("地区別実績（音戸）");
        assertThat(new SnapshotField("D3").districtId()).isEqualTo(3L);
        assertThatThrownBy(() -> new SnapshotField("NOTE")).isInstanceOf(IllegalArgumentException.class);
    }
}
