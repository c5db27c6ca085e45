package jp.bansou.apitoken;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret of an API token: {@code bns_} and 32 random bytes in URL-safe base64 (no padding), so a
 * leaked token is recognisable in logs and repositories. Only its SHA-256 is stored: the secret is
 * random and long, so a fast unsalted hash is enough and lets a request find its token by the hash.
 */
public record TokenSecret(String value) {

    public static final String PREFIX = "bns_";
    static final int SHOWN_LENGTH = 8;
    private static final int RANDOM_BYTES = 32;

    public TokenSecret {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("トークンが空です");
        }
        value = value.strip();
    }

    static TokenSecret generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new TokenSecret(PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Lower-case hex SHA-256 of the whole secret, prefix included. */
    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The first characters, shown in lists so the owner can tell which token is which. */
    public String shownPrefix() {
        return value.substring(0, Math.min(SHOWN_LENGTH, value.length()));
    }

    /** Never the secret itself: records end up in logs. */
    @Override
    public String toString() {
        return "TokenSecret[" + shownPrefix() + "…]";
    }
}
