package jp.bansou.progress.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jp.bansou.progress.ItemGrading;

/** The grade decision form: a code of the scale and, where it differs from the proposal, why. */
class GradeForm {

    @NotBlank(message = "{grading.validation.codeRequired}")
    private String code;

    @Size(max = 500, message = "{grading.validation.reasonLength}")
    private String reason;

    /** The decision's version when the form was read; null when there was none (optimistic locking). */
    private Integer version;

    /** Starts from the current decision, or from the proposal when there is none. */
    static GradeForm of(ItemGrading grading) {
        GradeForm form = new GradeForm();
        if (grading.decided()) {
            form.code = grading.decision().decidedCode();
            form.reason = grading.decision().reason();
        } else {
            form.code = grading.proposedCode();
        }
        return form;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
