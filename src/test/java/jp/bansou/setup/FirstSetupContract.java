package jp.bansou.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.bansou.organization.SetupAlreadyDoneException;
import jp.bansou.shared.FiscalYear;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two set-ups submitted at once on an empty database (H2 and PostgreSQL, the subclasses): exactly
 * one association and one admin come of it, the other submit is refused and leaves nothing behind.
 */
abstract class FirstSetupContract {

    @Autowired SetupService setup;
    @Autowired JdbcClient jdbc;

    @Test
    void aDoubleSubmitCreatesOneAssociationAndOneAdmin() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Long>> submits = new ArrayList<>();
        for (String code : List.of("first-town", "second-town")) {
            Callable<Long> submit = () -> {
                start.await();
                return setup.setUp(new FirstSetup("テスト町商工会", code, List.of("本所", "東地区"), FiscalYear.of(2025),
                        FiscalYear.of(2025), FiscalYear.of(2029), "admin-" + code, "管理者", "kure-setup-2025"));
            };
            submits.add(pool.submit(submit));
        }
        start.countDown();
        int created = 0;
        int refused = 0;
        for (Future<Long> submit : submits) {
            try {
                submit.get();
                created++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(SetupAlreadyDoneException.class);
                refused++;
            }
        }
        pool.shutdown();
        assertThat(created).isEqualTo(1);
        assertThat(refused).isEqualTo(1);
        assertThat(count("association")).isEqualTo(1);
        assertThat(count("app_user")).isEqualTo(1);
        assertThat(count("district")).isEqualTo(2);
        assertThat(count("five_year_plan")).isEqualTo(1);
        assertThat(setup.needed()).isFalse();
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
