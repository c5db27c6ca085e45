package jp.bansou.progress.web;

import java.math.BigDecimal;
import jp.bansou.progress.GradeStep;

/**
 * One step of the scale as the admin page edits or adds it; the step itself ({@link GradeStep})
 * checks the values and says in Japanese what is wrong.
 */
class StepForm {

    private String code;
    private String label;
    private BigDecimal lowerBound;
    private String colour = "#1565c0";
    private boolean notCarriedOut;

    static StepForm of(GradeStep step) {
        StepForm form = new StepForm();
        form.code = step.code();
        form.label = step.label();
        form.lowerBound = step.lowerBound();
        form.colour = step.colour();
        form.notCarriedOut = step.notCarriedOut();
        return form;
    }

    GradeStep toStep() {
        String trimmed = code == null ? null : code.strip();
        return new GradeStep(trimmed, label, notCarriedOut ? null : lowerBound, colour, notCarriedOut);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public BigDecimal getLowerBound() {
        return lowerBound;
    }

    public void setLowerBound(BigDecimal lowerBound) {
        this.lowerBound = lowerBound;
    }

    public String getColour() {
        return colour;
    }

    public void setColour(String colour) {
        this.colour = colour;
    }

    public boolean isNotCarriedOut() {
        return notCarriedOut;
    }

    public void setNotCarriedOut(boolean notCarriedOut) {
        this.notCarriedOut = notCarriedOut;
    }
}
