package jp.bansou.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.bansou.evaluation.CommitteeMember;
import jp.bansou.evaluation.CommitteeRole;
import jp.bansou.evaluation.CommitteeService;
import jp.bansou.evaluation.EvaluationQueries;
import jp.bansou.evaluation.Improvement;
import jp.bansou.evaluation.ImprovementService;
import jp.bansou.evaluation.Meeting;
import jp.bansou.evaluation.MeetingKind;
import jp.bansou.evaluation.MemberGrade;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.RoleHolder;
import jp.bansou.plan.AreaBlock;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.TargetRow;
import jp.bansou.shared.FiscalYear;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The FY2021 evaluation committee for the demo (fictional people): five members, the year-end
 * meeting, a few members' grades with comments, opinions on two areas and two improvements carried
 * into FY2022 (one on 財務分析数 for 各指導員, one on its whole area), recorded as the demo admin.
 */
@Component
class SeedEvaluation {

    private static final FiscalYear FY2021 = FiscalYear.of(2021);

    private final CommitteeService committee;
    private final ImprovementService improvements;
    private final EvaluationQueries queries;
    private final PlanQueries plan;
    private final OrganizationQueries organization;
    private final UserDetailsService users;

    SeedEvaluation(CommitteeService committee, ImprovementService improvements, EvaluationQueries queries,
                   PlanQueries plan, OrganizationQueries organization, UserDetailsService users) {
        this.committee = committee;
        this.improvements = improvements;
        this.queries = queries;
        this.plan = plan;
        this.organization = organization;
        this.users = users;
    }

    void load(long association) {
        BansouUser admin = (BansouUser) users.loadUserByUsername("admin");
        List.of(new CommitteeMember(null, FY2021, "山田 一郎", "中小企業診断士", "座長", CommitteeRole.CHAIR),
                new CommitteeMember(null, FY2021, "田中 花子", "日本政策金融公庫 呉支店", "支店長", CommitteeRole.MEMBER),
                new CommitteeMember(null, FY2021, "鈴木 健", "広島県信用保証協会 呉支店", "支店長", CommitteeRole.MEMBER),
                new CommitteeMember(null, FY2021, "高橋 明", "呉市 産業部", "課長", CommitteeRole.MEMBER),
                new CommitteeMember(null, FY2021, "伊藤 聡", "広島県商工会連合会", "専務理事", CommitteeRole.OBSERVER))
                .forEach(m -> committee.addMember(admin, m));
        List<Long> members = queries.members(association, FY2021).stream().map(CommitteeMember::id).toList();
        long meeting = committee.saveMeeting(admin, new Meeting(null, FY2021, MeetingKind.YEAR_END,
                LocalDate.of(2022, 5, 20), "本所 会議室", members, "事務局 2名",
                "令和3年度の目標と実績を確認し、事業別に評価した。財務分析は目標を上回ったが、計画策定への移行が課題とされた。"));
        Map<String, TargetRow> rows = rows(association);
        grade(admin, meeting, members.get(0), rows, "A", "B", "目標を上回り評価できる");
        grade(admin, meeting, members.get(1), rows, "A", "B", null);
        grade(admin, meeting, members.get(2), rows, "B", "B", "記帳指導の継続を");
        AreaBlock area = area(association, "財務分析数");
        improvements.saveOpinion(admin, FY2021, area.id(),
                "財務分析は目標を上回った。分析結果を事業計画の策定につなげる支援を強化されたい。");
        AreaBlock other = plan.targetTable(association, FY2021).areas().stream().filter(a -> a.id() != area.id())
                .findFirst().orElseThrow();
        improvements.saveOpinion(admin, FY2021, other.id(), "調査の結果を会員へ分かりやすく還元されたい。");
        RoleHolder advisors = organization.groups(association).stream().filter(g -> g.name().equals("各指導員"))
                .findFirst().map(g -> RoleHolder.group(g.id())).orElse(null);
        improvements.addImprovement(admin, Improvement.decided(FY2021, area.id(), rows.get("財務分析数").itemId(),
                "分析した事業所のうち計画策定に至らなかった先を四半期ごとに点検する", advisors, LocalDate.of(2022, 9, 30)));
        improvements.addImprovement(admin, Improvement.decided(FY2021, area.id(), null,
                "分析結果の説明資料を統一し、巡回時に活用する", null, LocalDate.of(2022, 12, 31)));
    }

    private void grade(BansouUser admin, long meeting, long member, Map<String, TargetRow> rows, String analysis,
                       String bookkeeping, String comment) {
        committee.saveGrades(admin, meeting, member, List.of(
                new MemberGrade(member, rows.get("財務分析数").itemYearId(), analysis, comment),
                new MemberGrade(member, rows.get("記帳継続企業数").itemYearId(), bookkeeping, null)));
    }

    private Map<String, TargetRow> rows(long association) {
        return plan.targetTable(association, FY2021).areas().stream().flatMap(a -> a.rows().stream())
                .collect(Collectors.toMap(TargetRow::name, r -> r, (a, b) -> a));
    }

    private AreaBlock area(long association, String itemName) {
        return plan.targetTable(association, FY2021).areas().stream()
                .filter(a -> a.rows().stream().anyMatch(r -> r.name().equals(itemName))).findFirst().orElseThrow();
    }
}
