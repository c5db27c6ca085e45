package jp.bansou.schedule.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import jp.bansou.organization.RoleHolder;
import jp.bansou.schedule.EventDraft;
import jp.bansou.schedule.PlannedWhen;
import jp.bansou.schedule.ScheduleEvent;
import org.springframework.format.annotation.DateTimeFormat;

/** The event form: a single month, a date range, or (new events only) a recurring plan of the year. */
class EventForm {

    enum Timing { MONTH, DAYS, RECURRING }

    @NotNull(message = "{schedule.validation.area}")
    private Long areaId;
    @NotNull(message = "{schedule.validation.kind}")
    private Long kindId;
    @NotBlank(message = "{schedule.validation.title}")
    @Size(max = 200, message = "{schedule.validation.titleLength}")
    private String title;
    private Timing timing = Timing.MONTH;
    private YearMonth month;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;
    @Size(max = 80, message = "{schedule.validation.recurrenceLength}")
    private String recurrence;
    @Size(max = 200, message = "{schedule.validation.placeLength}")
    private String place;
    private List<String> holders = new ArrayList<>();
    private List<Long> itemIds = new ArrayList<>();
    @Size(max = 2000, message = "{validation.noteLength}")
    private String note;

    /** The event's version when the form was read (optimistic locking of the edit). */
    private int version;

    static EventForm of(ScheduleEvent e) {
        EventForm form = new EventForm();
        form.areaId = e.areaId();
        form.kindId = e.kindId();
        form.title = e.title();
        form.timing = e.when().wholeMonth() ? Timing.MONTH : Timing.DAYS;
        form.month = YearMonth.from(e.when().from());
        form.from = e.when().from();
        form.to = e.when().to();
        form.place = e.place();
        form.holders = new ArrayList<>(e.holderKeys());
        form.itemIds = new ArrayList<>(e.itemIds());
        form.note = e.note();
        return form;
    }

    /** The event; for a recurring plan, its first month stands for every month. */
    EventDraft toDraft(YearMonth firstMonth) {
        return new EventDraft(areaId, kindId, title, when(firstMonth), place,
                holders.stream().filter(k -> !k.isBlank()).map(RoleHolder::parseKey).toList(),
                new HashSet<>(itemIds), note);
    }

    private PlannedWhen when(YearMonth firstMonth) {
        return switch (timing) {
            case MONTH -> PlannedWhen.month(required(month, "予定月を入力してください"));
            case DAYS -> PlannedWhen.days(required(from, "予定日（開始）を入力してください"), to);
            case RECURRING -> PlannedWhen.month(firstMonth);
        };
    }

    private static <T> T required(T value, String message) {
        if (value == null) {
            throw new IllegalArgumentException(message);
        }
        return value;
    }

    public Long getAreaId() { return areaId; }
    public void setAreaId(Long areaId) { this.areaId = areaId; }
    public Long getKindId() { return kindId; }
    public void setKindId(Long kindId) { this.kindId = kindId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Timing getTiming() { return timing; }
    public void setTiming(Timing timing) { this.timing = timing; }
    public YearMonth getMonth() { return month; }
    public void setMonth(YearMonth month) { this.month = month; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getRecurrence() { return recurrence; }
    public void setRecurrence(String recurrence) { this.recurrence = recurrence; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public List<String> getHolders() { return holders; }
    public void setHolders(List<String> holders) { this.holders = holders; }
    public List<Long> getItemIds() { return itemIds; }
    public void setItemIds(List<Long> itemIds) { this.itemIds = itemIds; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
