package jp.bansou.activity.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.TreeSet;
import jp.bansou.activity.ImportMapping;

/** SHA-256 of a file's non-empty headers, folded and sorted: the same columns in any order give the same signature. */
public final class HeaderSignature {

    private HeaderSignature() {
    }

    public static String of(Collection<String> headers) {
        TreeSet<String> folded = new TreeSet<>();
        headers.stream().map(ImportMapping::fold).filter(h -> !h.isEmpty()).forEach(folded::add);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", folded).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
