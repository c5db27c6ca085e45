package jp.bansou.activity.web;

import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The mapping forms of a session's checks running in the background, by job, to show with their outcome. */
final class CheckForms {

    private static final String ATTRIBUTE = CheckForms.class.getName();
    private static final int KEPT = 10;

    private final Map<String, ImportMappingForm> forms = new LinkedHashMap<>();

    static CheckForms of(HttpSession session) {
        synchronized (session) {
            CheckForms forms = (CheckForms) session.getAttribute(ATTRIBUTE);
            if (forms == null) {
                forms = new CheckForms();
                session.setAttribute(ATTRIBUTE, forms);
            }
            return forms;
        }
    }

    synchronized void put(String jobId, ImportMappingForm form) {
        while (forms.size() >= KEPT) {
            forms.remove(forms.keySet().iterator().next());
        }
        forms.put(jobId, form);
    }

    synchronized Optional<ImportMappingForm> get(String jobId) {
        return Optional.ofNullable(forms.get(jobId));
    }
}
