package jp.bansou.publication.internal;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import jp.bansou.publication.Publication;
import jp.bansou.shared.FiscalYear;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The published years of an association: one row per year while published. */
@Repository
public class PublicationStore {

    private static final RowMapper<Publication> ROW = (rs, n) -> new Publication(
            FiscalYear.of(rs.getInt("fiscal_year")), rs.getObject("snapshot_taken_at", LocalDateTime.class),
            rs.getObject("published_at", LocalDateTime.class), rs.getString("published_by"));

    private final JdbcClient jdbc;

    PublicationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Publishes the year's snapshot taken at {@code takenAt}, replacing an earlier publication of the year. */
    public void publish(long associationId, Publication publication) {
        delete(associationId, publication.year());
        jdbc.sql("INSERT INTO publication (association_id, fiscal_year, snapshot_taken_at, published_at, published_by)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(associationId, publication.year().startYear(), publication.snapshotTakenAt(),
                        publication.publishedAt(), publication.publishedBy())
                .update();
    }

    /** Withdraws the year; false when it was not published. */
    public boolean delete(long associationId, FiscalYear year) {
        return jdbc.sql("DELETE FROM publication WHERE association_id = ? AND fiscal_year = ?")
                .params(associationId, year.startYear()).update() > 0;
    }

    public Optional<Publication> find(long associationId, FiscalYear year) {
        return jdbc.sql("SELECT * FROM publication WHERE association_id = ? AND fiscal_year = ?")
                .params(associationId, year.startYear()).query(ROW).optional();
    }

    public List<Publication> all(long associationId) {
        return jdbc.sql("SELECT * FROM publication WHERE association_id = ? ORDER BY fiscal_year DESC")
                .param(associationId).query(ROW).list();
    }
}
