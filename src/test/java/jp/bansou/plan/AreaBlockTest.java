package jp.bansou.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AreaBlockTest {

    @ParameterizedTest
    @CsvSource(value = {"1, 指針①", "2, 指針②", "3, 指針③", "4, 指針④", "NULL, ''"}, nullValues = "NULL")
    void labelsTheGuidelineItServes(Integer guideline, String label) {
        assertThat(new AreaBlock(1, "経営状況の分析", guideline, null, List.of()).guidelineLabel()).isEqualTo(label);
    }
}
