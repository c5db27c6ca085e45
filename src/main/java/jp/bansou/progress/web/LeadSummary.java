package jp.bansou.progress.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.bansou.progress.ItemPace;
import jp.bansou.progress.PaceStatus;

/** How many of a lead's items (a person or a group) stand at each status. */
record LeadSummary(String lead, Map<PaceStatus, Integer> counts) {

    public int count(PaceStatus status) {
        return counts.getOrDefault(status, 0);
    }

    /** One line per lead, by name; items without a lead are left out. */
    static List<LeadSummary> of(List<ItemPace> items) {
        Map<String, Map<PaceStatus, Integer>> byLead = new TreeMap<>();
        items.stream().filter(i -> i.lead() != null).forEach(i -> byLead
                .computeIfAbsent(i.lead(), k -> new EnumMap<>(PaceStatus.class)).merge(i.status(), 1, Integer::sum));
        return byLead.entrySet().stream().map(e -> new LeadSummary(e.getKey(), e.getValue())).toList();
    }
}
