package jp.bansou.actuals.web;

import java.util.List;
import java.util.stream.Collectors;
import jp.bansou.activity.ActivityKind;
import jp.bansou.activity.SupportCategory;
import jp.bansou.actuals.CountingRule;

/** A rule in words: 巡回相談・窓口相談 の記録数 (財務分析), from 令和4年度. */
record RuleView(long itemId, String measure, String kinds, String categories, boolean membersOnly, String from) {

    static RuleView of(CountingRule rule, List<ActivityKind> kinds, List<SupportCategory> categories) {
        String kindNames = kinds.stream().filter(k -> rule.spec().kindIds().contains(k.id()))
                .map(ActivityKind::name).collect(Collectors.joining("・"));
        String categoryNames = categories.stream().filter(c -> rule.spec().categoryIds().contains(c.id()))
                .map(SupportCategory::name).collect(Collectors.joining("・"));
        return new RuleView(rule.itemId(), rule.spec().measure().name(), kindNames, categoryNames,
                rule.spec().membersOnly(), rule.from().japaneseLabel());
    }
}
