package jp.bansou.plan;

import java.math.BigDecimal;

/**
 * How a target follows from a headcount, as the sheet writes it: 各指導員9名×400件 = 3,600件, or
 * 9名×300件+300件 = 3,000件 where assistants and bookkeeping staff add a fixed share.
 *
 * @param groupId the group whose headcount counts (各指導員)
 * @param perHead the target per person
 * @param addend  a fixed amount added to the product (zero when none)
 * @param remark  free text the sheet adds (+補助員+記帳), shown beside the formula
 */
public record TargetDerivation(long groupId, BigDecimal perHead, BigDecimal addend, String remark) {

    public TargetDerivation {
        if (perHead == null || perHead.signum() < 0) {
            throw new IllegalArgumentException("一人当たりの目標は0以上で入力してください");
        }
        addend = addend == null ? BigDecimal.ZERO : addend;
        remark = remark == null || remark.isBlank() ? null : remark.strip();
    }

    public BigDecimal targetFor(int headcount) {
        return perHead.multiply(BigDecimal.valueOf(headcount)).add(addend);
    }

    /** 各指導員9名×400件+300件 = 3,000件（+補助員+記帳）. */
    public String describe(String groupName, int headcount, ItemUnit unit) {
        StringBuilder s = new StringBuilder()
                .append(groupName).append(headcount).append("名×")
                .append(Target.formatNumber(perHead)).append(unit.label());
        if (addend.signum() != 0) {
            s.append('+').append(Target.formatNumber(addend)).append(unit.label());
        }
        s.append(" = ").append(Target.formatNumber(targetFor(headcount))).append(unit.label());
        if (remark != null) {
            s.append('（').append(remark).append('）');
        }
        return s.toString();
    }
}
