package jp.bansou.activity.imports;

import static jp.bansou.activity.ImportField.BUSINESS;
import static jp.bansou.activity.ImportField.CATEGORIES;
import static jp.bansou.activity.ImportField.DATE;
import static jp.bansou.activity.ImportField.DISTRICT;
import static jp.bansou.activity.ImportField.KIND;
import static jp.bansou.activity.ImportField.MEMBER_NUMBER;
import static jp.bansou.activity.ImportField.MINUTES;
import static jp.bansou.activity.ImportField.NOTE;
import static jp.bansou.activity.ImportField.PARTICIPANTS;
import static jp.bansou.activity.ImportField.RECORD_ID;
import static jp.bansou.activity.ImportField.STAFF;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import jp.bansou.activity.ActivityKind;
import jp.bansou.activity.ImportField;
import jp.bansou.shared.FiscalYear;

/**
 * Checks one row and resolves its names to ids: every problem of the row is reported, with the
 * row's line and the file's header, in Japanese. Cells are taken as text, never evaluated.
 */
public final class RowResolver {

    private static final int NOTE_LIMIT = 2000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final Columns columns;
    private final Lookups lookups;
    private final FiscalYear year;
    private final Function<String, Optional<Long>> businessByMemberNumber;

    public RowResolver(Columns columns, Lookups lookups, FiscalYear year,
                       Function<String, Optional<Long>> businessByMemberNumber) {
        this.columns = columns;
        this.lookups = lookups;
        this.year = year;
        this.businessByMemberNumber = businessByMemberNumber;
    }

    /** The resolved row, or empty when it has errors (added to {@code errors}). */
    public Optional<ResolvedRow> resolve(int line, List<String> cells, ImportErrors errors) {
        RowCheck row = new RowCheck(columns, line, cells, errors);
        LocalDate date = date(row);
        ActivityKind kind = row.required(KIND, "活動種別").flatMap(name -> row.found(KIND, name,
                lookups.kind(name), "活動種別「" + name + "」は登録されていません")).orElse(null);
        Set<Long> staff = row.names(STAFF, lookups::staff, "職員", errors::unknownStaff);
        Set<Long> categories = row.names(CATEGORIES, lookups::category, "支援区分", n -> { });
        Long district = null;
        String districtName = row.text(DISTRICT);
        if (!districtName.isEmpty()) {
            district = row.found(DISTRICT, districtName, lookups.district(districtName),
                    "地区「" + districtName + "」は登録されていません").orElse(null);
            if (district == null) {
                errors.unknownDistrict(districtName);
            }
        }
        Integer minutes = row.count(MINUTES);
        Integer participants = row.count(PARTICIPANTS);
        String note = row.text(NOTE);
        if (note.length() > NOTE_LIMIT) {
            row.error(NOTE, NOTE_LIMIT + "文字を超えています（" + note.length() + "文字）");
        }
        String business = row.text(BUSINESS);
        String number = row.text(MEMBER_NUMBER);
        if (kind != null) {
            checkBusiness(row, kind, business, number, district != null || !districtName.isEmpty());
        }
        if (row.failed()) {
            return Optional.empty();
        }
        return Optional.of(new ResolvedRow(line, date, kind, business.isEmpty() ? null : business,
                number.isEmpty() ? null : number, district, staff, categories, minutes, participants,
                note.isEmpty() ? null : note, NaturalKeys.ofRecordId(row.text(RECORD_ID))));
    }

    private LocalDate date(RowCheck row) {
        String text = row.required(DATE, "日付").orElse(null);
        if (text == null) {
            return null;
        }
        LocalDate date = row.found(DATE, text, JapaneseDates.parse(text), "日付として読めません: " + text).orElse(null);
        if (date != null && year != null && !year.contains(date)) {
            row.error(DATE, year.japaneseLabel() + "（" + year.firstDay().format(DAY) + "〜" + year.lastDay().format(DAY)
                    + "）の日付ではありません: " + text);
        }
        if (date != null) {
            lookups.closedPeriod(date).ifPresent(c -> row.error(DATE, c.period().label()
                    + "は締められているため取り込めません（締めの解除は管理者が行います）: " + text));
        }
        return date;
    }

    /** Consultations need a business; one given by member number only must be registered already. */
    private void checkBusiness(RowCheck row, ActivityKind kind, String business, String number, boolean hasDistrict) {
        if (business.isEmpty() && number.isEmpty()) {
            if (!kind.event()) {
                row.error(columns.mapped(BUSINESS) ? BUSINESS : MEMBER_NUMBER,
                        "事業所名がありません（「" + kind.name() + "」には事業所が必要です）");
            }
            return;
        }
        boolean known = !number.isEmpty() && businessByMemberNumber.apply(number).isPresent();
        if (business.isEmpty() && !known) {
            row.error(MEMBER_NUMBER, "会員番号「" + number + "」の事業所は登録されていません（事業所名が空のため登録もできません）");
        } else if (!hasDistrict && !known) {
            row.error(columns.mapped(DISTRICT) ? DISTRICT : BUSINESS,
                    "地区がありません（事業所「" + business + "」を探す・登録するには地区が必要です）");
        }
    }
}
