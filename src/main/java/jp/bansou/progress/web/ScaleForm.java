package jp.bansou.progress.web;

import java.util.ArrayList;
import java.util.List;
import jp.bansou.progress.GradingScale;

/** The admin page's list of steps, in the order shown (best first). */
class ScaleForm {

    private List<StepForm> steps = new ArrayList<>();

    static ScaleForm of(GradingScale scale) {
        ScaleForm form = new ScaleForm();
        scale.steps().forEach(s -> form.steps.add(StepForm.of(s)));
        return form;
    }

    /** The scale as edited; refused with a Japanese message when it does not hold together. */
    GradingScale toScale() {
        return new GradingScale(steps.stream().map(StepForm::toStep).toList());
    }

    public List<StepForm> getSteps() {
        return steps;
    }

    public void setSteps(List<StepForm> steps) {
        this.steps = steps;
    }
}
