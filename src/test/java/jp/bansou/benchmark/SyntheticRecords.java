package jp.bansou.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes N reproducible activity records as the consultation-record system exports them (MS932
 * CSV, CRLF), with the demo association's districts, staff, kinds and categories: the same seed
 * and count give the same bytes.
 */
public final class SyntheticRecords {

    public static final Charset MS932 = Charset.forName("windows-31j");
    public static final List<String> HEADERS = List.of("記録ID", "日付", "相談種別", "事業所名", "会員番号", "地区",
            "担当者", "支援区分", "時間(分)", "参加人数", "備考");

    private static final List<String> DISTRICTS = List.of("音戸", "倉橋", "川尻", "安浦", "安芸灘", "本所");
    private static final List<String> STAFF = List.of("佐々木", "河本", "藤本", "歴数", "井川", "古川", "菊池", "大石", "鏡亀");
    private static final List<String> KINDS = List.of("巡回相談", "窓口相談", "巡回相談", "窓口相談", "専門家派遣", "記帳指導",
            "確定申告支援");
    private static final List<String> CATEGORIES = List.of("", "", "財務分析・定性分析", "事業計画策定", "事業計画実施支援",
            "金融", "創業", "事業承継", "販路開拓", "生産性向上");

    private SyntheticRecords() {
    }

    /** Writes {@code count} records dated within {@code firstYear} .. {@code firstYear + years - 1}. */
    public static void write(Path file, int count, int firstYear, int years, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        int businesses = Math.max(50, count / 20);
        LocalDate first = LocalDate.of(firstYear, 4, 1);
        int days = (int) (LocalDate.of(firstYear + years, 4, 1).toEpochDay() - first.toEpochDay());
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), MS932), 1 << 16)) {
            out.write(String.join(",", HEADERS));
            out.write("\r\n");
            for (int i = 1; i <= count; i++) {
                int business = random.nextInt(businesses);
                String district = DISTRICTS.get(business % DISTRICTS.size());
                out.write("R" + i + "," + first.plusDays(random.nextInt(days)) + "," + KINDS.get(random.nextInt(KINDS.size()))
                        + ",\"株式会社 合成" + business + "号\",M" + business + "," + district + ","
                        + STAFF.get(random.nextInt(STAFF.size())) + "," + CATEGORIES.get(random.nextInt(CATEGORIES.size()))
                        + "," + (15 * (1 + random.nextInt(8))) + ",," + (i % 50 == 0 ? "\"要フォロー, 再訪問\"" : "") + "\r\n");
            }
        }
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        write(Path.of(args.length > 0 ? args[0] : "target/synthetic-records.csv"), count, 2022, 1, 2022);
    }
}
