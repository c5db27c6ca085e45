package jp.bansou.activity.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import jp.bansou.activity.ImportMapping;
import jp.bansou.activity.ImportProfile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The import profiles of an association, the mapping stored as JSON text. */
@Repository
public class ProfileStore {

    private static final String COLUMNS = "SELECT id, name, header_signature, mapping, updated_by, updated_at FROM import_profile ";

    private final JdbcClient jdbc;

    ProfileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the profile, or replaces the mapping and signature of the one with this name. */
    public long save(long associationId, String name, String signature, ImportMapping mapping, String user) {
        String text = MappingText.write(mapping);
        int updated = jdbc.sql("""
                UPDATE import_profile SET header_signature = ?, mapping = ?, updated_by = ?, updated_at = ?
                WHERE association_id = ? AND name = ?""")
                .params(signature, text, user, LocalDateTime.now(), associationId, name).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO import_profile (association_id, name, header_signature, mapping, updated_by, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?)""")
                    .params(associationId, name, signature, text, user, LocalDateTime.now()).update();
        }
        return find(associationId, name).orElseThrow().id();
    }

    public Optional<ImportProfile> find(long associationId, String name) {
        return jdbc.sql(COLUMNS + "WHERE association_id = ? AND name = ?").params(associationId, name)
                .query(ProfileStore::profile).optional();
    }

    public List<ImportProfile> all(long associationId) {
        return jdbc.sql(COLUMNS + "WHERE association_id = ? ORDER BY name").param(associationId)
                .query(ProfileStore::profile).list();
    }

    public List<ImportProfile> withSignature(long associationId, String signature) {
        return jdbc.sql(COLUMNS + "WHERE association_id = ? AND header_signature = ? ORDER BY updated_at DESC, id DESC")
                .params(associationId, signature).query(ProfileStore::profile).list();
    }

    public boolean delete(long associationId, String name) {
        return jdbc.sql("DELETE FROM import_profile WHERE association_id = ? AND name = ?")
                .params(associationId, name).update() > 0;
    }

    private static ImportProfile profile(ResultSet rs, int n) throws SQLException {
        return new ImportProfile(rs.getLong("id"), rs.getString("name"), rs.getString("header_signature"),
                MappingText.read(rs.getString("mapping")), rs.getString("updated_by"),
                rs.getObject("updated_at", LocalDateTime.class));
    }
}
