package jp.bansou.activity.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jp.bansou.activity.ImportError;

/**
 * The errors of one pass, kept up to a limit (every row is still checked and counted), and the
 * unknown staff and district names met, for the page that maps them.
 */
public final class ImportErrors {

    static final int KEPT = 500;
    private static final int NAMES_KEPT = 100;

    private final List<ImportError> kept = new ArrayList<>();
    private final Set<String> unknownStaff = new LinkedHashSet<>();
    private final Set<String> unknownDistricts = new LinkedHashSet<>();
    private int count;

    public void add(Integer line, String column, String message) {
        add(new ImportError(line, column, message));
    }

    public void add(ImportError error) {
        count++;
        if (kept.size() < KEPT) {
            kept.add(error);
        }
    }

    void unknownStaff(String name) {
        if (unknownStaff.size() < NAMES_KEPT) {
            unknownStaff.add(name);
        }
    }

    void unknownDistrict(String name) {
        if (unknownDistricts.size() < NAMES_KEPT) {
            unknownDistricts.add(name);
        }
    }

    public boolean any() {
        return count > 0;
    }

    public int count() {
        return count;
    }

    public List<ImportError> list() {
        return List.copyOf(kept);
    }

    public List<String> unknownStaffNames() {
        return List.copyOf(unknownStaff);
    }

    public List<String> unknownDistrictNames() {
        return List.copyOf(unknownDistricts);
    }
}
