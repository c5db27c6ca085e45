package jp.bansou.report.sheetimport;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.bansou.audit.AuditAction;
import jp.bansou.audit.AuditEntry;
import jp.bansou.audit.AuditTrail;
import jp.bansou.audit.AuditType;
import jp.bansou.organization.BansouUser;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.organization.StaffGroup;
import jp.bansou.period.PeriodLocks;
import jp.bansou.plan.PlanQueries;
import jp.bansou.plan.PlanService;
import jp.bansou.progress.GradingQueries;
import jp.bansou.progress.GradingService;
import jp.bansou.report.SheetLabels;
import jp.bansou.shared.FiscalYear;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Start from the existing sheet: read an uploaded target table (the exported .xlsx layout or the CSV
 * template), preview what it would create and update in a fiscal year, and carry it out all or
 * nothing in one transaction, with one audit entry naming the file and the counts.
 */
@Service
public class SheetImportService {

    /** Larger files are refused before they are read: a target table is a few hundred KB at most. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    static final int MAX_ROWS = 3000;

    private final PlanQueries planQueries;
    private final OrganizationQueries organization;
    private final PeriodLocks locks;
    private final GradingQueries gradingQueries;
    private final AuditTrail audit;
    private final ImportWriter writer;
    private final List<SheetLabels> languages;

    SheetImportService(PlanService plan, PlanQueries planQueries, OrganizationQueries organization, PeriodLocks locks,
                       GradingService grading, GradingQueries gradingQueries, AuditTrail audit, MessageSource messages) {
        this.planQueries = planQueries;
        this.organization = organization;
        this.locks = locks;
        this.gradingQueries = gradingQueries;
        this.audit = audit;
        this.writer = new ImportWriter(plan, planQueries, grading);
        this.languages = List.of(SheetLabels.from(messages, Locale.JAPANESE), SheetLabels.from(messages, Locale.ENGLISH));
    }

    /**
     * Reads an upload: an .xlsx (by its content, not its name) in the sheet's layout, or a CSV
     * template; {@link SheetImportException} naming file, line and column for anything else.
     */
    public SheetTable read(String fileName, long size, InputStream content) {
        String name = fileName == null || fileName.isBlank() ? "アップロードされたファイル" : fileName;
        if (size > MAX_BYTES) {
            throw new SheetImportException("「" + name + "」", "ファイルが大きすぎます（" + MAX_BYTES / 1024 / 1024 + "MBまで）");
        }
        try {
            byte[] bytes = content.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES || bytes.length == 0) {
                throw new SheetImportException("「" + name + "」", bytes.length == 0 ? "ファイルが空です"
                        : "ファイルが大きすぎます（" + MAX_BYTES / 1024 / 1024 + "MBまで）");
            }
            if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
                return xlsx(name, bytes);
            }
            if (bytes.length > 4 && (bytes[0] & 0xff) == 0xd0 && (bytes[1] & 0xff) == 0xcf) {
                throw new SheetImportException("「" + name + "」", "古い Excel 形式（.xls）は読めません。Excel で .xlsx 形式で保存し直してください");
            }
            if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                throw new SheetImportException("「" + name + "」", "Excel（.xlsx）ファイルでも CSV テンプレート（.csv）でもありません");
            }
            return new SheetTableParser("「" + name + "」", languages).parse(name, CsvRows.read(bytes, name, MAX_ROWS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SheetTable xlsx(String name, byte[] bytes) throws IOException {
        File file = Files.createTempFile("sheet-import", ".xlsx").toFile();
        try {
            Files.write(file.toPath(), bytes);
            XlsxRows.Sheet sheet = XlsxRows.read(file, name, MAX_ROWS);
            return new SheetTableParser("「" + name + "」シート「" + sheet.name() + "」", languages).parse(name, sheet.rows());
        } finally {
            Files.deleteIfExists(file.toPath());
        }
    }

    /** What confirming would do in the association's year, with the mapping given so far. */
    @Transactional(readOnly = true)
    public ImportPreview preview(long associationId, FiscalYear year, SheetTable table, ImportMapping mapping) {
        return new SheetImportPlanner(table, mapping, facts(associationId, year)).plan();
    }

    /**
     * Imports the table into the year, all or nothing: refused with {@link SheetImportException} (and
     * nothing stored) while the preview has errors, e.g. a closed year or a name not mapped.
     */
    @Transactional
    public ImportPreview confirm(BansouUser user, FiscalYear year, SheetTable table, ImportMapping mapping) {
        ImportPreview preview = preview(user.associationId(), year, table, mapping);
        if (!preview.ready()) {
            throw new SheetImportException(preview.errors());
        }
        locks.checkYear(user, user.associationId(), year, null);
        writer.write(user, year, preview.rows());
        audit.record(AuditEntry.of(user.associationId(), AuditType.IMPORT, AuditAction.IMPORT,
                        "sheet-" + year.startYear(), "目標管理表の取込「" + table.fileName() + "」（" + year.japaneseLabel() + "）")
                .changing(null, preview.summary()).by(user.actor()));
        return preview;
    }

    /** The CSV template of the year: its header, then one row per item the year already has. */
    @Transactional(readOnly = true)
    public void template(long associationId, FiscalYear year, Locale locale, OutputStream out) {
        CsvTemplate.write(planQueries.targetTable(associationId, year),
                locale.getLanguage().equals("en") ? languages.get(1) : languages.get(0), out);
    }

    private AssociationFacts facts(long associationId, FiscalYear year) {
        List<StaffGroup> groups = organization.groups(associationId);
        Map<Long, Integer> headcounts = new HashMap<>();
        groups.forEach(g -> headcounts.put(g.id(), organization.headcount(g.id(), year)));
        var scale = gradingQueries.scale(associationId);
        return new AssociationFacts(year.japaneseLabel(), organization.districts(associationId),
                organization.staffMembers(associationId), groups, planQueries.areas(associationId),
                planQueries.items(associationId), planQueries.targetTable(associationId, year),
                locks.yearClosed(associationId, year), code -> scale.step(code).isPresent(), headcounts);
    }
}
