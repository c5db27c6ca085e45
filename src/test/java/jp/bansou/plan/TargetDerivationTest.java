package jp.bansou.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TargetDerivationTest {

    private static final long ADVISORS = 1;
    private final TargetDerivation perHead400 = derivation("400", null);
    private final TargetDerivation perHead300Plus300 = derivation("300", "300");

    @Test
    void multipliesTheHeadcountByThePerHeadTarget() {
        assertThat(perHead400.targetFor(9)).isEqualByComparingTo("3600");
        assertThat(perHead400.targetFor(10)).isEqualByComparingTo("4000");
        assertThat(perHead400.targetFor(0)).isEqualByComparingTo("0");
    }

    @Test
    void addsTheFixedShare() {
        assertThat(perHead300Plus300.targetFor(9)).isEqualByComparingTo("3000");
        assertThat(perHead300Plus300.addend()).isEqualByComparingTo("300");
        assertThat(perHead400.addend()).isEqualByComparingTo("0");
    }

    @Test
    void describesTheFormulaAsTheSheetWritesIt() {
        assertThat(perHead400.describe("各指導員", 9, ItemUnit.KEN)).isEqualTo("各指導員9名×400件 = 3,600件（+補助員+記帳）");
        assertThat(perHead300Plus300.describe("各指導員", 9, ItemUnit.KEN))
                .isEqualTo("各指導員9名×300件+300件 = 3,000件（+補助員+記帳）");
        assertThat(perHead400.describe("各指導員", 10, ItemUnit.KEN)).isEqualTo("各指導員10名×400件 = 4,000件（+補助員+記帳）");
    }

    @Test
    void leavesOutABlankRemark() {
        TargetDerivation plain = new TargetDerivation(ADVISORS, new BigDecimal("2"), null, "  ");
        assertThat(plain.remark()).isNull();
        assertThat(plain.describe("各指導員", 9, ItemUnit.KAI)).isEqualTo("各指導員9名×2回 = 18回");
    }

    @Test
    void refusesNegativePerHead() {
        assertThatIllegalArgumentException().isThrownBy(() -> derivation("-1", null));
    }

    @Test
    void refusesMissingPerHead() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TargetDerivation(ADVISORS, null, null, null));
    }

    private static TargetDerivation derivation(String perHead, String addend) {
        return new TargetDerivation(ADVISORS, new BigDecimal(perHead), addend == null ? null : new BigDecimal(addend),
                " +補助員+記帳 ");
    }
}
