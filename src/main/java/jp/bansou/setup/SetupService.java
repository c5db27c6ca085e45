package jp.bansou.setup;

import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.OrganizationService;
import jp.bansou.organization.PasswordPolicy;
import jp.bansou.organization.SetupAlreadyDoneException;
import jp.bansou.organization.UserRole;
import jp.bansou.plan.PlanService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a new installation's association in one transaction: the association, its districts,
 * the five-year plan, the first admin. Used once: refused with {@link SetupAlreadyDoneException}
 * once any association exists, and the set-up claim's key refuses a second submit racing the first.
 */
@Service
public class SetupService {

    private final OrganizationQueries queries;
    private final OrganizationService organization;
    private final PlanService plan;

    SetupService(OrganizationQueries queries, OrganizationService organization, PlanService plan) {
        this.queries = queries;
        this.organization = organization;
        this.plan = plan;
    }

    /** True while the installation has no association yet: the set-up page is open. */
    public boolean needed() {
        return !queries.anyAssociation();
    }

    @Transactional
    public long setUp(FirstSetup setup) {
        if (!needed()) {
            throw new SetupAlreadyDoneException();
        }
        PasswordPolicy.STANDARD.check(setup.adminUsername(), setup.adminPassword());
        long association;
        try {
            association = organization.createAssociation(setup.code(), setup.associationName());
        } catch (DataIntegrityViolationException e) {
            // the code is unique: only a set-up racing this one can have taken it
            throw new SetupAlreadyDoneException();
        }
        organization.claimFirstSetup(association);
        for (int i = 0; i < setup.districts().size(); i++) {
            organization.addDistrict(association, setup.districts().get(i), i == 0);
        }
        plan.createPlan(association, setup.planName(), setup.planFirst(), setup.planLast());
        organization.addUser(association, setup.adminUsername(), setup.adminPassword(), setup.adminDisplayName(),
                UserRole.ADMIN, null);
        return association;
    }
}
