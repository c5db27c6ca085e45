package jp.bansou.progress.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Renders a template fragment to a string, through the same view machinery as a page (messages,
 * links, security dialect), so that the result can be kept in the {@link PageCache}. URLs are left
 * without a session id, which would otherwise leak into what other users are served. The
 * template's indentation, half of a large table's bytes, is cut to one line break: a browser shows
 * whitespace between tags the same either way, and every reader is served the bytes again.
 */
@Component
class RenderedHtml {

    private static final Pattern INDENTATION = Pattern.compile("[ \\t]*\\n\\s*");

    // Looked up when first used: the application also starts without a web server (the import and the
    // benchmark's loader from the command line), where there is no view resolver.
    private final ObjectProvider<ThymeleafViewResolver> views;

    RenderedHtml(ObjectProvider<ThymeleafViewResolver> views) {
        this.views = views;
    }

    String render(String viewName, Map<String, ?> model, Locale locale, HttpServletRequest request,
                  HttpServletResponse response) {
        StringWriter html = new StringWriter();
        PrintWriter writer = new PrintWriter(html);
        try {
            View view = views.getObject().resolveViewName(viewName, locale);
            view.render(model, request, new HttpServletResponseWrapper(response) {
                @Override
                public PrintWriter getWriter() {
                    return writer;
                }

                @Override
                public String encodeURL(String url) {
                    return url;
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException("画面を組み立てられませんでした: " + viewName, e);
        }
        writer.flush();
        return INDENTATION.matcher(html.toString()).replaceAll("\n");
    }
}
