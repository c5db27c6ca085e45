package jp.bansou.demo;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.bansou.activity.CountSpec;
import jp.bansou.activity.Measure;
import jp.bansou.actuals.CountingRule;
import jp.bansou.shared.FiscalYear;

/**
 * The demo's counting rules for the sheet's countable items, from FY2022 on: item name, measure,
 * kinds and categories (、-separated; empty means any). The four analysis items count the same
 * records, as the sheet's 123s do.
 */
final class SeedRules {

    static final List<String> KINDS = List.of("巡回相談", "窓口相談", "専門家派遣", "セミナー開催", "セミナー参加",
            "商談会・展示会", "記帳指導", "確定申告支援", "情報交換会");
    static final Set<String> EVENT_KINDS = Set.of("セミナー開催", "情報交換会");
    static final List<String> CATEGORIES = List.of("財務分析", "定性分析", "事業計画策定", "事業計画実施支援", "創業",
            "事業承継", "金融", "経営革新", "生産性向上", "販路開拓", "人材育成", "働き方改革");

    private static final String[][] RULES = {
        {"巡回・窓口相談件数(合計)", "RECORDS", "巡回相談、窓口相談", ""},
        {"巡回相談件数", "RECORDS", "巡回相談", ""},
        {"窓口相談件数", "RECORDS", "窓口相談", ""},
        {"財務分析数", "RECORDS", "", "財務分析"},
        {"定性分析数", "RECORDS", "", "定性分析"},
        {"確定申告支援件数(小規模事業者の基礎データ把握事業者数)", "DISTINCT_BUSINESSES", "確定申告支援", ""},
        {"事業計画策定数", "RECORDS", "", "事業計画策定"},
        {"企業分析登録数", "DISTINCT_BUSINESSES", "", "財務分析、定性分析"},
        {"専門家派遣事業(伴走型+ミラサポ)", "RECORDS", "専門家派遣", ""},
        {"記帳継続企業数", "DISTINCT_BUSINESSES", "記帳指導", ""},
        {"金融相談企業数", "DISTINCT_BUSINESSES", "", "金融"},
        {"創業相談件数", "RECORDS", "", "創業"},
        {"事業承継相談件数", "RECORDS", "", "事業承継"},
        {"生産性向上支援件数(※ものづくり、先端設備、経営力向上)", "DISTINCT_BUSINESSES", "", "生産性向上"},
        {"人材活用セミナー開催", "RECORDS", "セミナー開催", "人材育成"},
        {"生産性向上セミナー開催", "RECORDS", "セミナー開催", "生産性向上"},
        {"生産性向上・人材育成・企業支援数", "PARTICIPANTS", "セミナー開催", "人材育成"},
        {"働き方改革実行計画策定支援事業所数", "DISTINCT_BUSINESSES", "", "働き方改革"},
        {"フォローアップ支援総数", "RECORDS", "", "事業計画実施支援"},
        {"経営計画支援フォローアップ支援者数", "DISTINCT_BUSINESSES", "", "事業計画実施支援"},
        {"経営革新支援", "RECORDS", "", "経営革新"},
        {"事業承継(6件×4回)", "RECORDS", "", "事業承継"},
        {"創業支援(6件×6回)", "RECORDS", "", "創業"},
        {"オールクレ商談会・クレワングランプリ商談出席者数", "DISTINCT_BUSINESSES", "商談会・展示会", ""},
        {"域内販路開拓成約件数 (JA荏衛クレコロケーター、ひろしま夢ぶらざ)", "DEALS", "商談会・展示会", ""},
        {"販路開拓支援企業数(オールクレ商談会、クレワン、ペリエ千葉)", "DISTINCT_BUSINESSES", "", "販路開拓"},
        {"都市圏商談会、展示会、即売会への商談件数", "RECORDS", "商談会・展示会", ""},
        {"プレスリリース回数", "PRESS_RELEASES", "", ""},
        {"他の支援機関との情報交換による支援ノウハウ向上", "RECORDS", "情報交換会", ""},
    };

    private SeedRules() {
    }

    static List<CountingRule> rules(Map<String, Long> items, Map<String, Long> kinds, Map<String, Long> categories) {
        return Arrays.stream(RULES).map(r -> new CountingRule(lookup(items, r[0]),
                new CountSpec(Measure.valueOf(r[1]), ids(kinds, r[2]), ids(categories, r[3]), false),
                FiscalYear.of(2022))).toList();
    }

    private static Set<Long> ids(Map<String, Long> byName, String names) {
        return names.isEmpty() ? Set.of()
                : Arrays.stream(names.split("、")).map(n -> lookup(byName, n)).collect(Collectors.toSet());
    }

    private static long lookup(Map<String, Long> byName, String name) {
        Long id = byName.get(name);
        if (id == null) {
            throw new IllegalStateException("demo rule names an unknown entry: " + name);
        }
        return id;
    }
}
