package jp.bansou.progress;

import static org.assertj.core.api.Assertions.assertThat;

import jp.bansou.organization.UserRole;
import org.junit.jupiter.api.Test;

/** Leads and deputies post, reviewers confirm, admins do both, viewers and other associations neither. */
class CheckInPermissionTest {

    @Test
    void letsTheLeadOrADeputyPostButNotReview() {
        CheckInPermission lead = new CheckInPermission(UserRole.STAFF, true, true, false);
        assertThat(lead.mayPost()).isTrue();
        assertThat(lead.mayReview()).isFalse();
    }

    @Test
    void letsTheReviewerReviewButNotPost() {
        CheckInPermission reviewer = new CheckInPermission(UserRole.REVIEWER, true, false, true);
        assertThat(reviewer.mayReview()).isTrue();
        assertThat(reviewer.mayPost()).isFalse();
    }

    @Test
    void letsAReviewerWhoAlsoLeadsDoBoth() {
        CheckInPermission both = new CheckInPermission(UserRole.REVIEWER, true, true, true);
        assertThat(both.mayPost()).isTrue();
        assertThat(both.mayReview()).isTrue();
    }

    @Test
    void letsNoReviewerConfirmTheirOwnCheckInButAnAdmin() {
        CheckInPermission both = new CheckInPermission(UserRole.REVIEWER, true, true, true);
        assertThat(both.mayReview(5, 5)).isFalse();
        assertThat(both.mayReview(6, 5)).isTrue();
        assertThat(new CheckInPermission(UserRole.ADMIN, true, false, false).mayReview(5, 5)).isTrue();
        assertThat(new CheckInPermission(UserRole.STAFF, true, true, false).mayReview(6, 5)).isFalse();
    }

    @Test
    void letsAnAdminDoBothWithoutARole() {
        CheckInPermission admin = new CheckInPermission(UserRole.ADMIN, true, false, false);
        assertThat(admin.mayPost()).isTrue();
        assertThat(admin.mayReview()).isTrue();
    }

    @Test
    void letsStaffWithoutARoleDoNothing() {
        CheckInPermission other = new CheckInPermission(UserRole.STAFF, true, false, false);
        assertThat(other.mayPost()).isFalse();
        assertThat(other.mayReview()).isFalse();
    }

    @Test
    void letsNeitherAViewerNorAnotherAssociationDoAnything() {
        CheckInPermission viewer = new CheckInPermission(UserRole.VIEWER, true, true, true);
        assertThat(viewer.mayPost()).isFalse();
        assertThat(viewer.mayReview()).isFalse();
        CheckInPermission foreignAdmin = new CheckInPermission(UserRole.ADMIN, false, false, false);
        assertThat(foreignAdmin.mayPost()).isFalse();
        assertThat(foreignAdmin.mayReview()).isFalse();
    }
}
