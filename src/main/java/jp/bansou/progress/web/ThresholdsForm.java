package jp.bansou.progress.web;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import jp.bansou.progress.PaceThresholds;

/** The admin's pace thresholds in percent. */
class ThresholdsForm {

    @NotNull(message = "{pace.validation.onTrackRequired}")
    private BigDecimal onTrack;

    @NotNull(message = "{pace.validation.attentionRequired}")
    private BigDecimal attention;

    static ThresholdsForm of(PaceThresholds thresholds) {
        ThresholdsForm form = new ThresholdsForm();
        form.onTrack = thresholds.onTrack();
        form.attention = thresholds.attention();
        return form;
    }

    PaceThresholds toThresholds() {
        return new PaceThresholds(onTrack, attention);
    }

    public BigDecimal getOnTrack() {
        return onTrack;
    }

    public void setOnTrack(BigDecimal onTrack) {
        this.onTrack = onTrack;
    }

    public BigDecimal getAttention() {
        return attention;
    }

    public void setAttention(BigDecimal attention) {
        this.attention = attention;
    }
}
