package jp.bansou.activity;

import java.util.Set;
import jp.bansou.shared.FiscalYear;

/** Records of these fiscal years were added, imported, merged or removed: counted actuals are stale. */
public record ActivitiesChanged(long associationId, Set<FiscalYear> years) {
}
