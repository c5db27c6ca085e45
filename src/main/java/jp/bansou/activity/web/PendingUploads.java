package jp.bansou.activity.web;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The uploads of one session between the steps of an import, by token: the files stay on disk,
 * only their paths are kept here. The oldest beyond a few is deleted, and all are when the session ends.
 */
final class PendingUploads implements HttpSessionBindingListener, Serializable {

    private static final String ATTRIBUTE = PendingUploads.class.getName();
    private static final int KEPT = 5;

    private final Map<String, PendingUpload> uploads = new LinkedHashMap<>();

    static PendingUploads of(HttpSession session) {
        synchronized (session) {
            PendingUploads pending = (PendingUploads) session.getAttribute(ATTRIBUTE);
            if (pending == null) {
                pending = new PendingUploads();
                session.setAttribute(ATTRIBUTE, pending);
            }
            return pending;
        }
    }

    synchronized String add(PendingUpload upload) {
        while (uploads.size() >= KEPT) {
            remove(uploads.keySet().iterator().next());
        }
        String token = UUID.randomUUID().toString();
        uploads.put(token, upload);
        return token;
    }

    synchronized Optional<PendingUpload> get(String token) {
        return Optional.ofNullable(uploads.get(token)).filter(u -> u.file().toFile().exists());
    }

    synchronized void replace(String token, PendingUpload upload) {
        uploads.replace(token, upload);
    }

    synchronized void remove(String token) {
        PendingUpload upload = uploads.remove(token);
        if (upload != null) {
            TempFiles.delete(upload.file());
        }
    }

    @Override
    public synchronized void valueUnbound(HttpSessionBindingEvent event) {
        new ArrayList<>(uploads.keySet()).forEach(this::remove);
    }
}
