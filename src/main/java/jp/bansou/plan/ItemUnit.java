package jp.bansou.plan;

import java.util.Arrays;
import java.util.List;

/** The counting units the plan's targets use. */
public enum ItemUnit {
    KEN("件"), KAI("回"), SHA("社"), JIGYOSHA("事業者"), SHOHIN("商品"), TENPO("店舗"), HINMOKU("品目"),
    TEN("点"), NIN("人");

    private final String label;

    ItemUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ItemUnit ofLabel(String label) {
        return Arrays.stream(values()).filter(u -> u.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("単位が正しくありません: " + label));
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(ItemUnit::label).toList();
    }
}
