package jp.bansou.organization;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The minimum a login's password must meet, wherever one is set (first start, new user, reset):
 * at least {@code minimumLength} characters, not the username (in any case), and none of a short
 * list of passwords that are tried first in any attack.
 */
public record PasswordPolicy(int minimumLength, Set<String> commonPasswords) {

    /** The policy every password form uses. */
    public static final PasswordPolicy STANDARD = new PasswordPolicy(10, Set.of(
            "password", "password1", "password12", "password123", "password1234", "passw0rd", "p@ssw0rd",
            "1234567890", "12345678910", "0123456789", "0987654321", "1111111111", "qwertyuiop", "qwerty1234",
            "abcdefghij", "abcd123456", "abc1234567", "iloveyou12", "administrator", "admin12345", "adminadmin",
            "letmein123", "welcome123", "changeme12", "aaaaaaaaaa", "bansou1234", "shokokai12", "demodemo12"));

    public PasswordPolicy {
        if (minimumLength < 1) {
            throw new IllegalArgumentException("minimumLength must be positive");
        }
        commonPasswords = Set.copyOf(commonPasswords);
    }

    /** Why the password is refused, in Japanese; empty when it is acceptable. */
    public Optional<String> problem(String username, String password) {
        if (password == null || password.isBlank()) {
            return Optional.of("パスワードを入力してください");
        }
        if (password.length() < minimumLength) {
            return Optional.of("パスワードは" + minimumLength + "文字以上にしてください");
        }
        if (username != null && password.equalsIgnoreCase(username.strip())) {
            return Optional.of("パスワードにユーザー名と同じ文字列は使えません");
        }
        if (commonPasswords.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("よく使われるパスワードは使えません");
        }
        return Optional.empty();
    }

    /** Refuses an unacceptable password with {@link IllegalArgumentException} carrying the reason. */
    public void check(String username, String password) {
        problem(username, password).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
    }
}
