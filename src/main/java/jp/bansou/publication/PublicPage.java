package jp.bansou.publication;

import java.util.List;
import jp.bansou.evaluation.AreaOpinion;
import jp.bansou.evaluation.PublicImprovement;

/**
 * What the public page and its CSV show: the association, the publication, the items, and the
 * evaluation committee's opinions per area and improvements (without who is responsible).
 */
public record PublicPage(String associationName, String associationCode, Publication publication,
                         List<PublicRow> rows, List<AreaOpinion> opinions, List<PublicImprovement> improvements) {
}
