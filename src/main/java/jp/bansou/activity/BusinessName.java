package jp.bansou.activity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of a business name used to find duplicates: full and half width folded (NFKC), spaces
 * removed, and the legal-entity words dropped, so 株式会社 呉ワン, (株)呉ワン and ㈱呉ワン are one.
 */
public final class BusinessName {

    private static final Pattern LEGAL_FORMS = Pattern.compile(
            "株式会社|有限会社|合同会社|合資会社|合名会社|\\(株\\)|\\(有\\)|\\(同\\)|\\(資\\)|\\(名\\)");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

    private BusinessName() {
    }

    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC);
        return LEGAL_FORMS.matcher(SPACES.matcher(folded).replaceAll("")).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
