package jp.bansou.activity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.bansou.activity.imports.BatchStore;
import jp.bansou.activity.imports.BatchUndo;
import jp.bansou.activity.imports.Encodings;
import jp.bansou.activity.imports.FileFacts;
import jp.bansou.activity.imports.FirstRows;
import jp.bansou.activity.imports.HeaderSignature;
import jp.bansou.activity.imports.ImportFileException;
import jp.bansou.activity.imports.ImportPreparation;
import jp.bansou.activity.imports.ImportRun;
import jp.bansou.activity.imports.ProfileMatcher;
import jp.bansou.activity.imports.ProfileStore;
import jp.bansou.activity.imports.SourceFile;
import jp.bansou.activity.imports.Tables;
import org.springframework.stereotype.Service;

/**
 * Importing activity records from the consultation-record system's CSV or .xlsx exports: all or
 * nothing (any wrong row and nothing is stored), rows already imported skipped, a batch undoable,
 * and the counted actuals recounted once per batch. Profiles keep a file's column mapping by name.
 */
@Service
public class ActivityImports {

    private static final int PREVIEW_ROWS = 5;

    private final ImportRun run;
    private final ImportPreparation preparation;
    private final ProfileStore profiles;
    private final ProfileMatcher matcher;
    private final BatchStore batches;
    private final BatchUndo undo;

    ActivityImports(ImportRun run, ImportPreparation preparation, ProfileStore profiles, ProfileMatcher matcher,
                    BatchStore batches, BatchUndo undo) {
        this.run = run;
        this.preparation = preparation;
        this.profiles = profiles;
        this.matcher = matcher;
        this.batches = batches;
        this.undo = undo;
    }

    /** Imports the file, or stores nothing and says why. */
    public ImportResult importFile(ImportRequest request) {
        return importFile(request, ImportProgress.untracked());
    }

    /** Imports the file, telling {@code progress} how far it has come. */
    public ImportResult importFile(ImportRequest request, ImportProgress progress) {
        return run.run(request, progress);
    }

    /** Checks the file as an import would, storing nothing. */
    public ImportCheck check(ImportRequest request) {
        return check(request, ImportProgress.untracked());
    }

    public ImportCheck check(ImportRequest request, ImportProgress progress) {
        return run.check(request, progress);
    }

    /** Headers, first rows and the matching profile of an uploaded file. */
    public ImportPreview preview(long associationId, Path file, String fileName, String encoding, String sheet) {
        try {
            preparation.checkSize(file, fileName);
            SourceFile source = SourceFile.of(file, fileName, FileFacts.of(file), Encodings.parse(encoding), sheet);
            List<String> sheets = Tables.sheetNames(source);
            FirstRows first = FirstRows.of(source, PREVIEW_ROWS);
            if (first.header().isEmpty()) {
                return ImportPreview.failed(ImportError.ofFile("ファイルが空です: " + fileName));
            }
            return new ImportPreview(first.header(), first.rows(), source.encodingLabel(), sheets,
                    matcher.match(associationId, first.header()).orElse(null), List.of());
        } catch (ImportFileException e) {
            return ImportPreview.failed(e.error());
        }
    }

    /**
     * Saves the mapping under the name (replacing one of the same name); {@code headers} are the
     * file's, for the signature that finds the profile again, or null to sign the mapped headers.
     */
    public ImportProfile saveProfile(long associationId, String name, ImportMapping mapping, List<String> headers,
                                     String user) {
        List<String> problems = new ArrayList<>();
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            problems.add("取込設定の名前は1〜100文字で入力してください");
        }
        preparation.lookups(associationId, mapping, problems);
        if (!problems.isEmpty()) {
            throw new InvalidMappingException(problems);
        }
        String signature = HeaderSignature.of(headers != null ? headers : mapping.columns().keySet());
        profiles.save(associationId, name.strip(), signature, mapping, user);
        return profiles.find(associationId, name.strip()).orElseThrow();
    }

    public Optional<ImportProfile> profile(long associationId, String name) {
        return profiles.find(associationId, name);
    }

    public List<ImportProfile> profiles(long associationId) {
        return profiles.all(associationId);
    }

    public List<ImportBatch> batches(long associationId) {
        return batches.all(associationId);
    }

    public Optional<ImportBatch> batch(long associationId, long batchId) {
        return batches.find(associationId, batchId);
    }

    /** Deletes the batch's records and recounts; the number of records deleted. */
    public int undo(long associationId, long batchId, String user) {
        return undo.undo(associationId, batchId, user);
    }
}
