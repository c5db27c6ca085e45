package jp.bansou.budget;

import java.util.List;

/** An expense category (費目) of the association's list; retired ones stay for old lines but take no new ones. */
public record ExpenseCategory(long id, String name, int displayOrder, boolean active) {

    /** The categories a new association starts with, in this order. */
    public static final List<String> DEFAULT_NAMES = List.of("謝金", "旅費", "会場借料", "委託費", "広報費",
            "印刷製本費", "通信運搬費", "消耗品費", "資料購入費", "雑役務費");

    public static final int NAME_MAX = 100;

    /** The name as stored: stripped, required, at most {@value #NAME_MAX} characters. */
    public static String checkedName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("費目名を入力してください");
        }
        String stripped = name.strip();
        if (stripped.length() > NAME_MAX) {
            throw new IllegalArgumentException("費目名は" + NAME_MAX + "文字以内で入力してください");
        }
        return stripped;
    }
}
