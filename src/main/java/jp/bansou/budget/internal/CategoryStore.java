package jp.bansou.budget.internal;

import java.util.List;
import java.util.Optional;
import jp.bansou.budget.ExpenseCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The association's expense categories, in their display order. */
@Repository
public class CategoryStore {

    private final JdbcClient jdbc;

    CategoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ExpenseCategory> all(long associationId) {
        return jdbc.sql("""
                SELECT id, name, display_order, active FROM expense_category WHERE association_id = ?
                ORDER BY display_order, id""")
                .param(associationId)
                .query((rs, n) -> new ExpenseCategory(rs.getLong("id"), rs.getString("name"),
                        rs.getInt("display_order"), rs.getBoolean("active")))
                .list();
    }

    public Optional<ExpenseCategory> find(long associationId, long id) {
        return all(associationId).stream().filter(c -> c.id() == id).findFirst();
    }

    public boolean nameTaken(long associationId, String name, Long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM expense_category WHERE association_id = ? AND name = ? AND id <> ?")
                .params(associationId, name, exceptId == null ? -1L : exceptId).query(Long.class).single() > 0;
    }

    public long insert(long associationId, String name) {
        return BudgetStore.insert(jdbc.sql("""
                INSERT INTO expense_category (association_id, name, display_order)
                VALUES (:a, :name, (SELECT COALESCE(MAX(display_order), 0) + 1 FROM expense_category
                                    WHERE association_id = :a))""")
                .param("a", associationId).param("name", name));
    }

    public void rename(long associationId, long id, String name) {
        jdbc.sql("UPDATE expense_category SET name = ? WHERE id = ? AND association_id = ?")
                .params(name, id, associationId).update();
    }

    public void setActive(long associationId, long id, boolean active) {
        jdbc.sql("UPDATE expense_category SET active = ? WHERE id = ? AND association_id = ?")
                .params(active, id, associationId).update();
    }
}
