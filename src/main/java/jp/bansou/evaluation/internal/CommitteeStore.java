package jp.bansou.evaluation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.bansou.evaluation.CommitteeMember;
import jp.bansou.evaluation.CommitteeRole;
import jp.bansou.evaluation.Meeting;
import jp.bansou.evaluation.MeetingKind;
import jp.bansou.evaluation.MemberComment;
import jp.bansou.evaluation.MemberGrade;
import jp.bansou.shared.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Committee members, meetings with their attendees, and the members' grades; always within one association. */
@Repository
public class CommitteeStore {

    private static final String MEMBER_ORDER = " ORDER BY CASE role WHEN 'CHAIR' THEN 0 WHEN 'MEMBER' THEN 1 ELSE 2 END, id";

    private final JdbcClient jdbc;

    CommitteeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CommitteeMember> members(long associationId, FiscalYear year) {
        return jdbc.sql("SELECT * FROM committee_member WHERE association_id = ? AND fiscal_year = ?" + MEMBER_ORDER)
                .params(associationId, year.startYear()).query((rs, n) -> member(rs)).list();
    }

    public Optional<CommitteeMember> member(long associationId, long memberId) {
        return jdbc.sql("SELECT * FROM committee_member WHERE association_id = ? AND id = ?")
                .params(associationId, memberId).query((rs, n) -> member(rs)).optional();
    }

    public long insert(long associationId, CommitteeMember member) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO committee_member (association_id, fiscal_year, name, affiliation, title, role)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(associationId, member.year().startYear(), member.name(), member.affiliation(), member.title(),
                        member.role().name())
                .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    /** Removes a member who neither attended nor graded; false otherwise. */
    public boolean deleteUnused(long associationId, long memberId) {
        return jdbc.sql("""
                DELETE FROM committee_member WHERE association_id = ? AND id = ?
                AND NOT EXISTS (SELECT 1 FROM meeting_attendee a WHERE a.member_id = committee_member.id)
                AND NOT EXISTS (SELECT 1 FROM member_grade g WHERE g.member_id = committee_member.id)""")
                .params(associationId, memberId).update() > 0;
    }

    public List<Meeting> meetings(long associationId, FiscalYear year) {
        Map<Long, List<Long>> attendees = attendees("m.association_id = ? AND m.fiscal_year = ?",
                associationId, year.startYear());
        return jdbc.sql("SELECT * FROM committee_meeting WHERE association_id = ? AND fiscal_year = ? ORDER BY held_on, id")
                .params(associationId, year.startYear())
                .query((rs, n) -> meeting(rs, attendees.getOrDefault(rs.getLong("id"), List.of()))).list();
    }

    public Optional<Meeting> meeting(long associationId, long meetingId) {
        Map<Long, List<Long>> attendees = attendees("m.association_id = ? AND m.id = ?", associationId, meetingId);
        return jdbc.sql("SELECT * FROM committee_meeting WHERE association_id = ? AND id = ?")
                .params(associationId, meetingId)
                .query((rs, n) -> meeting(rs, attendees.getOrDefault(rs.getLong("id"), List.of()))).optional();
    }

    public long insert(long associationId, Meeting meeting) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO committee_meeting (association_id, fiscal_year, kind, held_on, place, other_attendees, minutes)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(associationId, meeting.year().startYear(), meeting.kind().name(), meeting.heldOn(),
                        meeting.place(), meeting.otherAttendees(), meeting.minutes())
                .update(key, "id");
        long id = key.getKeyAs(Number.class).longValue();
        insertAttendees(id, meeting.attendeeIds());
        return id;
    }

    public void update(long associationId, Meeting meeting) {
        jdbc.sql("""
                UPDATE committee_meeting SET held_on = ?, place = ?, other_attendees = ?, minutes = ?
                WHERE association_id = ? AND id = ?""")
                .params(meeting.heldOn(), meeting.place(), meeting.otherAttendees(), meeting.minutes(), associationId,
                        meeting.id())
                .update();
        jdbc.sql("DELETE FROM meeting_attendee WHERE meeting_id = ?").param(meeting.id()).update();
        insertAttendees(meeting.id(), meeting.attendeeIds());
    }

    private void insertAttendees(long meetingId, List<Long> memberIds) {
        memberIds.forEach(m -> jdbc.sql("INSERT INTO meeting_attendee (meeting_id, member_id) VALUES (?, ?)")
                .params(meetingId, m).update());
    }

    /** One member's grades at a meeting: item-year id → grade. */
    public Map<Long, MemberGrade> grades(long meetingId, long memberId) {
        Map<Long, MemberGrade> grades = new HashMap<>();
        jdbc.sql("SELECT * FROM member_grade WHERE meeting_id = ? AND member_id = ?").params(meetingId, memberId)
                .query(rs -> {
                    grades.put(rs.getLong("item_year_id"), new MemberGrade(memberId, rs.getLong("item_year_id"),
                            rs.getString("grade"), rs.getString("comment")));
                });
        return grades;
    }

    /** Replaces one member's grades at a meeting with {@code grades}. */
    public void replaceGrades(long meetingId, long memberId, List<MemberGrade> grades) {
        jdbc.sql("DELETE FROM member_grade WHERE meeting_id = ? AND member_id = ?").params(meetingId, memberId).update();
        grades.forEach(g -> jdbc.sql("""
                INSERT INTO member_grade (meeting_id, member_id, item_year_id, grade, comment) VALUES (?, ?, ?, ?, ?)""")
                .params(meetingId, memberId, g.itemYearId(), g.grade(), g.comment()).update());
    }

    /** Item-year id → grade code → how many members gave it at the meeting. */
    public Map<Long, Map<String, Integer>> gradeCounts(long meetingId) {
        Map<Long, Map<String, Integer>> counts = new HashMap<>();
        jdbc.sql("""
                SELECT item_year_id, grade, COUNT(*) AS members FROM member_grade WHERE meeting_id = ?
                GROUP BY item_year_id, grade""")
                .param(meetingId)
                .query(rs -> {
                    counts.computeIfAbsent(rs.getLong("item_year_id"), k -> new HashMap<>())
                            .put(rs.getString("grade"), rs.getInt("members"));
                });
        return counts;
    }

    /** The comments given at a meeting, in member order: item-year id → (member name, grade, comment). */
    public Map<Long, List<MemberComment>> comments(long meetingId) {
        Map<Long, List<MemberComment>> comments = new HashMap<>();
        jdbc.sql("""
                SELECT g.item_year_id, m.name, g.grade, g.comment FROM member_grade g
                JOIN committee_member m ON m.id = g.member_id
                WHERE g.meeting_id = ? AND g.comment IS NOT NULL ORDER BY g.item_year_id, m.id""")
                .param(meetingId)
                .query(rs -> {
                    comments.computeIfAbsent(rs.getLong("item_year_id"), k -> new ArrayList<>())
                            .add(new MemberComment(rs.getString("name"), rs.getString("grade"), rs.getString("comment")));
                });
        return comments;
    }

    private Map<Long, List<Long>> attendees(String where, Object... params) {
        Map<Long, List<Long>> attendees = new HashMap<>();
        jdbc.sql("SELECT a.meeting_id, a.member_id FROM meeting_attendee a JOIN committee_meeting m ON m.id = a.meeting_id"
                        + " WHERE " + where + " ORDER BY a.member_id")
                .params(params)
                .query(rs -> {
                    attendees.computeIfAbsent(rs.getLong("meeting_id"), k -> new ArrayList<>()).add(rs.getLong("member_id"));
                });
        return attendees;
    }

    private static CommitteeMember member(ResultSet rs) throws SQLException {
        return new CommitteeMember(rs.getLong("id"), FiscalYear.of(rs.getInt("fiscal_year")), rs.getString("name"),
                rs.getString("affiliation"), rs.getString("title"), CommitteeRole.valueOf(rs.getString("role")));
    }

    private static Meeting meeting(ResultSet rs, List<Long> attendees) throws SQLException {
        return new Meeting(rs.getLong("id"), FiscalYear.of(rs.getInt("fiscal_year")),
                MeetingKind.valueOf(rs.getString("kind")), rs.getObject("held_on", LocalDate.class),
                rs.getString("place"), attendees, rs.getString("other_attendees"), rs.getString("minutes"));
    }
}
