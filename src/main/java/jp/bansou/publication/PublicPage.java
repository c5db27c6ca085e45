package jp.bansou.publication;

import java.util.List;

/** What the public page and its CSV show: the association, the publication and the items. */
public record PublicPage(String associationName, String associationCode, Publication publication,
                         List<PublicRow> rows) {
}
