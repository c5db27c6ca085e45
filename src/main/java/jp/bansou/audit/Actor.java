package jp.bansou.audit;

/**
 * Who made a change: a user (id and display name), or no user at all (the system, a migration, a
 * command run) with only a name.
 */
public record Actor(Long userId, String name) {

    /** Changes made by Bansō itself (set-up, a headcount that moved a derived target). */
    public static final Actor SYSTEM = new Actor(null, "システム");

    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("変更した人の名前は必須です");
        }
        name = name.strip();
    }

    public static Actor named(String name) {
        return new Actor(null, name);
    }
}
