package jp.bansou.activity.web;

import java.io.Serializable;
import java.nio.file.Path;

/** An uploaded file waiting in a temporary file for its mapping, with how the user asked to read it. */
record PendingUpload(String path, String fileName, String encoding, String sheet) implements Serializable {

    Path file() {
        return Path.of(path);
    }

    PendingUpload readAs(String newEncoding, String newSheet) {
        return new PendingUpload(path, fileName, newEncoding, newSheet);
    }
}
