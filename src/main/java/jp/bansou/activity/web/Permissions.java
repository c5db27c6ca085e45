package jp.bansou.activity.web;

import jp.bansou.organization.BansouUser;
import jp.bansou.organization.UserRole;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may change activity data: viewers only read; staff, reviewers and admins record activities
 * and register businesses; reviewers and admins merge businesses; admins keep the kind and category lists.
 */
final class Permissions {

    private Permissions() {
    }

    static boolean writes(BansouUser user) {
        return user.role() != UserRole.VIEWER;
    }

    static void requireWriter(BansouUser user) {
        if (!writes(user)) {
            throw new AccessDeniedException("閲覧のみのユーザーは登録できません");
        }
    }

    static void requireMerger(BansouUser user) {
        if (!user.editsEveryItem()) {
            throw new AccessDeniedException("事業所の統合は管理者と確認者だけができます");
        }
    }

    static void requireAdmin(BansouUser user) {
        if (user.role() != UserRole.ADMIN) {
            throw new AccessDeniedException("一覧の管理は管理者だけができます");
        }
    }
}
