package jp.bansou.activity.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.springframework.web.multipart.MultipartFile;

/** Uploaded files go to a temporary file at once (never into memory), keeping their extension. */
final class TempFiles {

    private TempFiles() {
    }

    static Path save(MultipartFile upload) {
        try {
            Path file = Files.createTempFile("bansou-import-", extension(upload.getOriginalFilename()));
            upload.transferTo(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    /** The file name without any directory a browser may send. */
    static String name(MultipartFile upload) {
        String name = upload.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "upload";
        }
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    private static String extension(String name) {
        if (name == null || name.lastIndexOf('.') < 0) {
            return ".tmp";
        }
        String ext = name.substring(name.lastIndexOf('.')).toLowerCase(Locale.ROOT);
        return ext.matches("\\.[a-z0-9]{1,5}") ? ext : ".tmp";
    }
}
