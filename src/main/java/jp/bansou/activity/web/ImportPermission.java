package jp.bansou.activity.web;

import jp.bansou.organization.BansouUser;
import jp.bansou.organization.UserRole;
import org.springframework.security.access.AccessDeniedException;

/** Importing, undoing and saving profiles is for admins, reviewers and staff; viewers only look. */
final class ImportPermission {

    private ImportPermission() {
    }

    static boolean mayImport(BansouUser user) {
        return user != null && user.role() != UserRole.VIEWER;
    }

    static void require(BansouUser user) {
        if (!mayImport(user)) {
            throw new AccessDeniedException("取込の権限がありません");
        }
    }
}
