package jp.bansou.progress.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import jp.bansou.progress.MonthlyPlan;
import jp.bansou.progress.MonthlyProfile;
import org.springframework.validation.BindingResult;

/** Twelve monthly amounts as typed, April to March; each must read as a number. */
class MonthlyPlanForm {

    private List<String> months = new ArrayList<>(Collections.nCopies(12, ""));

    static MonthlyPlanForm of(Optional<MonthlyPlan> plan) {
        MonthlyPlanForm form = new MonthlyPlanForm();
        plan.ifPresent(p -> form.months = new ArrayList<>(p.amounts().stream().map(BigDecimal::toPlainString).toList()));
        return form;
    }

    /** The amounts, or null after rejecting each month that is empty or no number, naming the month. */
    List<BigDecimal> amounts(BindingResult errors) {
        List<BigDecimal> amounts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String text = i < months.size() && months.get(i) != null ? months.get(i).strip() : "";
            String month = MonthlyProfile.monthAt(i).getValue() + "月";
            try {
                amounts.add(new BigDecimal(text.replace(",", "")));
            } catch (NumberFormatException e) {
                errors.rejectValue("months[" + i + "]", "pace.validation.month", new Object[] {month},
                        month + "は数値で入力してください");
            }
        }
        return errors.hasErrors() ? null : amounts;
    }

    public List<String> getMonths() {
        return months;
    }

    public void setMonths(List<String> months) {
        this.months = months;
    }
}
