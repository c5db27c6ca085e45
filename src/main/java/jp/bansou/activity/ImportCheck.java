package jp.bansou.activity;

import java.util.List;

/**
 * A file checked against a mapping without storing anything: the data rows, the errors, and the
 * staff and district names the file uses that are not registered (to be mapped to registered ones).
 */
public record ImportCheck(int rows, List<ImportError> errors, int errorCount, List<String> unknownStaff,
                          List<String> unknownDistricts) {

    public ImportCheck {
        errors = List.copyOf(errors);
        unknownStaff = List.copyOf(unknownStaff);
        unknownDistricts = List.copyOf(unknownDistricts);
    }

    public boolean ok() {
        return errorCount == 0;
    }
}
