package jp.bansou.organization;

/** A login to create: its password in clear only until it is hashed. */
public record NewUser(String username, String displayName, UserRole role, String password, Long staffMemberId) {

    public NewUser {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("ユーザー名を入力してください");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new IllegalArgumentException("表示名を入力してください");
        }
        if (role == null) {
            throw new IllegalArgumentException("権限を選んでください");
        }
        username = username.strip();
        displayName = displayName.strip();
    }

    @Override
    public String toString() {
        return "NewUser[" + username + ", " + role + "]";
    }
}
