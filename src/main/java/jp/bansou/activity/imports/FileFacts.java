package jp.bansou.activity.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * What one pass over a file's bytes tells: its size, SHA-256, whether it starts with a UTF-8 BOM or
 * is a zip (.xlsx), and whether it decodes strictly as UTF-8. Constant memory in the file's size.
 */
public record FileFacts(long size, String sha256, boolean utf8Bom, boolean zip, boolean validUtf8) {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    public static FileFacts of(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
            CharBuffer chars = CharBuffer.allocate(64 * 1024);
            byte[] start = in.readNBytes(4);
            sha.update(start);
            bytes.put(start);
            boolean valid = true;
            long size = start.length;
            int n;
            do {
                n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n > 0) {
                    sha.update(bytes.array(), bytes.position(), n);
                    bytes.position(bytes.position() + n);
                    size += n;
                }
                bytes.flip();
                valid = valid && decodes(utf8, bytes, chars, n < 0);
                if (valid) {
                    bytes.compact();
                } else {
                    bytes.clear();
                }
            } while (n >= 0);
            return new FileFacts(size, HexFormat.of().formatHex(sha.digest()), startsWith(start, BOM),
                    startsWith(start, ZIP), valid);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean decodes(CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars, boolean end) {
        while (true) {
            chars.clear();
            var result = decoder.decode(bytes, chars, end);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return !end || !decoder.flush(chars.clear()).isError() && !bytes.hasRemaining();
            }
        }
    }

    private static boolean startsWith(byte[] start, byte[] prefix) {
        return start.length >= prefix.length && Arrays.equals(start, 0, prefix.length, prefix, 0, prefix.length);
    }
}
