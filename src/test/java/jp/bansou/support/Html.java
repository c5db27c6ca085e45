package jp.bansou.support;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.test.web.servlet.MvcResult;

/** Parses a rendered page so tests can look at cells and fields instead of searching raw text. */
public final class Html {

    private Html() {
    }

    public static Document parse(MvcResult result) throws UnsupportedEncodingException {
        return Jsoup.parse(body(result));
    }

    public static String body(MvcResult result) throws UnsupportedEncodingException {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
