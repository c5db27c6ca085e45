package jp.bansou.evaluation;

import jp.bansou.organization.BansouUser;
import org.springframework.security.access.AccessDeniedException;

/** Who may change the committee's records: admins and reviewers, as the secretariat. */
final class Editors {

    private Editors() {
    }

    static void require(BansouUser user) {
        if (!user.editsEveryItem()) {
            throw new AccessDeniedException("評価委員会の記録は管理者と確認者だけが変更できます");
        }
    }
}
