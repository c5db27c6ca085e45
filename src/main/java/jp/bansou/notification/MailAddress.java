package jp.bansou.notification;

import java.util.Locale;

/** The address a login wants its notifications mailed to: one plain address, at most 254 characters. */
public record MailAddress(String value) {

    public MailAddress {
        value = value == null ? "" : value.strip();
        if (value.length() > 254 || !value.matches("[^@\\s,;<>]+@[^@\\s,;<>]+\\.[^@\\s,;<>]+")) {
            throw new IllegalArgumentException("メールアドレスの形式が正しくありません（例: tanaka@example.jp）");
        }
        value = value.substring(0, value.indexOf('@') + 1) + value.substring(value.indexOf('@') + 1).toLowerCase(Locale.ROOT);
    }
}
