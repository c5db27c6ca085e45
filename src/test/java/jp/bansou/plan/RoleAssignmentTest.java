package jp.bansou.plan;

import static jp.bansou.organization.RoleHolder.group;
import static jp.bansou.organization.RoleHolder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.bansou.organization.RoleHolder;
import org.junit.jupiter.api.Test;

class RoleAssignmentTest {

    private static final long REVIEWER = 7;
    private static final long LEAD = 12;
    private static final long DEPUTY = 13;
    private static final long ADVISORS = 3;

    private final RoleAssignment roles = new RoleAssignment(person(REVIEWER), person(LEAD),
            List.of(person(DEPUTY), group(ADVISORS)));

    @Test
    void requiresAReviewerAndALead() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RoleAssignment(null, person(LEAD), List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new RoleAssignment(person(REVIEWER), null, List.of()));
    }

    @Test
    void treatsMissingDeputiesAsNone() {
        assertThat(new RoleAssignment(person(REVIEWER), person(LEAD), null).deputies()).isEmpty();
    }

    @Test
    void keepsItsOwnCopyOfTheDeputies() {
        List<RoleHolder> deputies = new ArrayList<>(List.of(person(DEPUTY)));
        RoleAssignment assignment = new RoleAssignment(person(REVIEWER), person(LEAD), deputies);
        deputies.add(person(99));
        assertThat(assignment.deputies()).containsExactly(person(DEPUTY));
    }

    @Test
    void recognisesTheLeadAndDeputiesInPerson() {
        assertThat(roles.isLeadOrDeputy(LEAD, Set.of())).isTrue();
        assertThat(roles.isLeadOrDeputy(DEPUTY, Set.of())).isTrue();
    }

    @Test
    void recognisesADeputyThroughTheirGroup() {
        assertThat(roles.isLeadOrDeputy(42, Set.of(ADVISORS))).isTrue();
        assertThat(roles.isLeadOrDeputy(42, Set.of(4L))).isFalse();
    }

    @Test
    void doesNotCountTheReviewerOnlyPersonAsLeadOrDeputy() {
        assertThat(roles.isLeadOrDeputy(REVIEWER, Set.of())).isFalse();
    }

    @Test
    void recognisesALeadGroup() {
        RoleAssignment groupLead = new RoleAssignment(person(REVIEWER), group(ADVISORS), List.of());
        assertThat(groupLead.isLeadOrDeputy(42, Set.of(ADVISORS))).isTrue();
        assertThat(groupLead.isLeadOrDeputy(ADVISORS, Set.of())).isFalse();
    }

    @Test
    void knowsTheReviewerInPersonOrThroughTheReviewingGroup() {
        assertThat(roles.isReviewer(REVIEWER, Set.of())).isTrue();
        assertThat(roles.isReviewer(LEAD, Set.of(ADVISORS))).isFalse();
        RoleAssignment byGroup = new RoleAssignment(group(ADVISORS), person(LEAD), List.of());
        assertThat(byGroup.isReviewer(42, Set.of(ADVISORS))).isTrue();
        assertThat(byGroup.isReviewer(ADVISORS, Set.of())).isFalse();
    }
}
