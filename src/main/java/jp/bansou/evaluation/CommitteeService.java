package jp.bansou.evaluation;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditEntry;
import jp.bansou.audit.AuditTrail;
import jp.bansou.audit.AuditType;
import jp.bansou.evaluation.internal.CommitteeStore;
import jp.bansou.organization.BansouUser;
import jp.bansou.shared.FiscalYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to the committee (members, meetings, the members' grades), made by admins and reviewers on
 * the members' behalf; each leaves an audit row of type 評価委員会 in the same transaction.
 */
@Service
@Transactional
public class CommitteeService {

    private final CommitteeStore store;
    private final SheetMaterial material;
    private final AuditTrail audit;

    CommitteeService(CommitteeStore store, SheetMaterial material, AuditTrail audit) {
        this.store = store;
        this.material = material;
        this.audit = audit;
    }

    public long addMember(BansouUser user, CommitteeMember member) {
        Editors.require(user);
        if (store.members(user.associationId(), member.year()).stream().anyMatch(m -> m.name().equals(member.name()))) {
            throw new IllegalArgumentException("「" + member.name() + "」は" + member.year().japaneseLabel() + "の委員に登録済みです");
        }
        long id = store.insert(user.associationId(), member);
        record(user, AuditAction.CREATE, id, member.year(), "委員 " + member.name(), null, describe(member));
        return id;
    }

    /** Removes a member who has not attended or graded yet. */
    public void removeMember(BansouUser user, long memberId) {
        Editors.require(user);
        CommitteeMember member = store.member(user.associationId(), memberId)
                .orElseThrow(() -> new IllegalArgumentException("委員が見つかりません"));
        if (!store.deleteUnused(user.associationId(), memberId)) {
            throw new IllegalArgumentException("「" + member.name() + "」は出席または評価の記録があるため削除できません");
        }
        record(user, AuditAction.DELETE, memberId, member.year(), "委員 " + member.name(), describe(member), null);
    }

    /** Copies the previous year's members not yet on {@code year}'s committee; returns how many. */
    public int copyMembersFromPreviousYear(BansouUser user, FiscalYear year) {
        Editors.require(user);
        Set<String> present = new HashSet<>();
        store.members(user.associationId(), year).forEach(m -> present.add(m.name()));
        List<CommitteeMember> copies = store.members(user.associationId(), year.previous()).stream()
                .filter(m -> !present.contains(m.name())).map(m -> m.copyTo(year)).toList();
        copies.forEach(m -> store.insert(user.associationId(), m));
        if (!copies.isEmpty()) {
            record(user, AuditAction.CREATE, null, year, year.japaneseLabel() + "の委員（前年度から複写）", null,
                    copies.stream().map(CommitteeMember::name).collect(Collectors.joining("、")));
        }
        return copies.size();
    }

    /** Stores a new meeting or changes one (date, place, attendees, minutes; its year and kind stay). */
    public long saveMeeting(BansouUser user, Meeting meeting) {
        Editors.require(user);
        Set<Long> members = memberIds(user, meeting.year());
        if (!members.containsAll(meeting.attendeeIds())) {
            throw new IllegalArgumentException("出席者は" + meeting.year().japaneseLabel() + "の委員から選んでください");
        }
        String label = "委員会 " + meeting.heldOn();
        if (meeting.id() == null) {
            long id = store.insert(user.associationId(), meeting);
            record(user, AuditAction.CREATE, id, meeting.year(), label, null, describe(meeting));
            return id;
        }
        Meeting before = store.meeting(user.associationId(), meeting.id())
                .orElseThrow(() -> new IllegalArgumentException("委員会が見つかりません"));
        Meeting after = new Meeting(before.id(), before.year(), before.kind(), meeting.heldOn(), meeting.place(),
                meeting.attendeeIds(), meeting.otherAttendees(), meeting.minutes());
        store.update(user.associationId(), after);
        record(user, AuditAction.UPDATE, before.id(), before.year(), label, describe(before), describe(after));
        return before.id();
    }

    /**
     * Replaces one member's grades at a meeting. Every grade must be a code of the association's
     * scale and every item one of the meeting year's table; observers do not grade.
     */
    public void saveGrades(BansouUser user, long meetingId, long memberId, List<MemberGrade> grades) {
        Editors.require(user);
        Meeting meeting = store.meeting(user.associationId(), meetingId)
                .orElseThrow(() -> new IllegalArgumentException("委員会が見つかりません"));
        CommitteeMember member = store.member(user.associationId(), memberId)
                .filter(m -> m.year().equals(meeting.year()))
                .orElseThrow(() -> new IllegalArgumentException("この年度の委員ではありません"));
        if (!member.role().grades()) {
            throw new IllegalArgumentException("オブザーバーは評価しません");
        }
        CommitteeSheet sheet = material.sheet(user.associationId(), meeting);
        Map<Long, SheetLine> items = sheet.lines().stream()
                .collect(Collectors.toMap(SheetLine::itemYearId, Function.identity()));
        for (MemberGrade g : grades) {
            SheetLine line = items.get(g.itemYearId());
            if (line == null) {
                throw new IllegalArgumentException("この年度の項目ではありません（" + g.itemYearId() + "）");
            }
            if (!sheet.gradeCodes().contains(g.grade())) {
                throw new IllegalArgumentException("項目「" + line.itemName() + "」の評価「" + g.grade()
                        + "」は評価基準にありません（" + String.join("・", sheet.gradeCodes()) + "）");
            }
        }
        Map<Long, MemberGrade> before = store.grades(meetingId, memberId);
        store.replaceGrades(meetingId, memberId, grades);
        record(user, AuditAction.UPDATE, meetingId, meeting.year(), "委員会 " + meeting.heldOn() + " " + member.name() + "の評価",
                gradesText(before.values(), items), gradesText(grades, items));
    }

    private Set<Long> memberIds(BansouUser user, FiscalYear year) {
        return store.members(user.associationId(), year).stream().map(CommitteeMember::id).collect(Collectors.toSet());
    }

    private static String gradesText(java.util.Collection<MemberGrade> grades, Map<Long, SheetLine> items) {
        return grades.stream().map(g -> items.containsKey(g.itemYearId()) ? items.get(g.itemYearId()).itemName()
                        + ": " + g.grade() : g.grade()).sorted().collect(Collectors.joining("; "));
    }

    private static String describe(CommitteeMember m) {
        return "氏名: " + m.name() + "; 所属: " + nz(m.affiliation()) + "; 役職: " + nz(m.title()) + "; 役割: " + m.role();
    }

    private static String describe(Meeting m) {
        return "開催日: " + m.heldOn() + "; 種類: " + m.kind() + "; 場所: " + nz(m.place()) + "; 出席: "
                + m.attendeeIds().size() + "名; その他: " + nz(m.otherAttendees()) + "; 議事録: " + nz(m.minutes());
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    private void record(BansouUser user, AuditAction action, Long id, FiscalYear year, String label, String before,
                        String after) {
        audit.record(AuditEntry.of(user.associationId(), AuditType.EVALUATION, action, id, year.japaneseLabel() + " " + label)
                .changing(before, after).by(user.actor()));
    }
}
