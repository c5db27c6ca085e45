package jp.bansou.organization;

import java.time.LocalDate;

/** A staff member's name, kind and dates as an admin enters them; the end date is the last day in post. */
public record StaffDetails(String name, StaffKind kind, LocalDate startDate, LocalDate endDate) {

    public StaffDetails {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("氏名を入力してください");
        }
        if (kind == null) {
            throw new IllegalArgumentException("職種を選んでください");
        }
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("退職日は着任日以降の日付にしてください");
        }
        name = name.strip();
    }

    /** The details as the audit trail shows them. */
    String describe() {
        return "氏名: " + name + "; 職種: " + kind + "; 着任: " + (startDate == null ? "（なし）" : startDate)
                + "; 退職: " + (endDate == null ? "（なし）" : endDate);
    }

    static StaffDetails of(StaffMember member) {
        return new StaffDetails(member.name(), member.kind(), member.startDate(), member.endDate());
    }
}
