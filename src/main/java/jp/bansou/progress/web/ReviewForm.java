package jp.bansou.progress.web;

/** The reviewer's answer to a check-in: a comment, required when returning it (checked by the check-in). */
class ReviewForm {

    private String comment;

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
