package jp.bansou.demo;

import jp.bansou.organization.OrganizationQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Loads the seed association on the first start of a demo installation (an empty database). */
@Component
@ConditionalOnProperty(name = "bansou.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final OrganizationQueries organization;
    private final SeedAssociation seed;
    private final SeedBudget budget;
    private final SeedEvaluation evaluation;
    private final SeedNationalReport nationalReport;

    DemoDataLoader(OrganizationQueries organization, SeedAssociation seed, SeedBudget budget,
                   SeedEvaluation evaluation, SeedNationalReport nationalReport) {
        this.organization = organization;
        this.seed = seed;
        this.budget = budget;
        this.evaluation = evaluation;
        this.nationalReport = nationalReport;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (organization.anyAssociation()) {
            return;
        }
        long id = seed.load();
        budget.load(id);
        evaluation.load(id);
        nationalReport.load(id);
        log.info("デモデータを読み込みました (association id {})", id);
    }
}
