package jp.bansou.activity;

import java.util.Locale;

/** How a business's figure (sales, gross profit) moved over a fiscal year against the year before. */
public enum Trend {
    UP("増加"), DOWN("減少"), FLAT("横ばい"), UNKNOWN("不明");

    private final String japanese;

    Trend(String japanese) {
        this.japanese = japanese;
    }

    public String japanese() {
        return japanese;
    }

    /**
     * The trend a file or form names, in Japanese (増加, 減少, 横ばい, 不明; also ↑ ↓ → and 増 減)
     * or by its code (UP …); an empty text is unknown; anything else is empty.
     */
    public static java.util.Optional<Trend> parse(String text) {
        if (text == null || text.isBlank()) {
            return java.util.Optional.of(UNKNOWN);
        }
        String t = text.strip();
        for (Trend trend : values()) {
            if (trend.name().equals(t.toUpperCase(Locale.ROOT)) || trend.japanese.equals(t)) {
                return java.util.Optional.of(trend);
            }
        }
        return java.util.Optional.ofNullable(switch (t) {
            case "↑", "増", "上昇" -> UP;
            case "↓", "減", "低下" -> DOWN;
            case "→", "維持", "同じ" -> FLAT;
            case "-", "－", "?", "？" -> UNKNOWN;
            default -> null;
        });
    }
}
