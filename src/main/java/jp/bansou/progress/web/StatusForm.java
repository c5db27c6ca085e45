package jp.bansou.progress.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A status set by hand: one of 順調 / 要注意 / 遅れ, and the comment that says why. */
class StatusForm {

    @NotBlank(message = "{pace.validation.statusRequired}")
    private String status;

    @NotBlank(message = "{pace.validation.commentRequired}")
    @Size(max = 500, message = "{pace.validation.commentLength}")
    private String comment;

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
