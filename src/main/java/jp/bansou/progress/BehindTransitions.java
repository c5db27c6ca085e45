package jp.bansou.progress;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the daily alert does with the statuses of a year's items, given those alerted before: an item
 * now behind (遅れ) and not alerted yet is alerted; an alerted item now on track or needing attention
 * has recovered, and is forgotten, so falling behind again alerts again. An alerted item whose status
 * is unknown (no target or no figure to date) stays alerted: nothing says it recovered.
 */
public record BehindTransitions(List<Long> toAlert, List<Long> recovered) {

    public BehindTransitions {
        toAlert = List.copyOf(toAlert);
        recovered = List.copyOf(recovered);
    }

    /** The transitions from the item-years' statuses as shown (in the order given) and those alerted before. */
    public static BehindTransitions of(Map<Long, PaceStatus> statuses, Set<Long> alerted) {
        return new BehindTransitions(
                statuses.entrySet().stream().filter(e -> e.getValue() == PaceStatus.BEHIND)
                        .map(Map.Entry::getKey).filter(id -> !alerted.contains(id)).toList(),
                statuses.entrySet().stream().filter(e -> e.getValue() == PaceStatus.ON_TRACK
                        || e.getValue() == PaceStatus.ATTENTION).map(Map.Entry::getKey).filter(alerted::contains).toList());
    }
}
