package jp.bansou.activity.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The natural key of an imported record that carries the source system's record id: {@code id:}
 * and the id, or, for ids too long for the column, {@code id#} and the start of their SHA-256.
 */
final class NaturalKeys {

    private static final int COLUMN = 64;

    private NaturalKeys() {
    }

    static String ofRecordId(String recordId) {
        if (recordId == null || recordId.isBlank()) {
            return null;
        }
        String id = recordId.strip();
        if (id.length() + 3 <= COLUMN) {
            return "id:" + id;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return "id#" + HexFormat.of().formatHex(digest).substring(0, COLUMN - 3);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
