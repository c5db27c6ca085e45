package jp.bansou.activity.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.bansou.activity.ActivityQueries;
import jp.bansou.activity.ImportError;
import jp.bansou.activity.ImportMapping;
import jp.bansou.activity.ImportProfile;
import jp.bansou.activity.ImportRequest;
import jp.bansou.organization.OrganizationQueries;
import jp.bansou.period.PeriodLocks;
import org.springframework.stereotype.Component;

/**
 * Everything checked about a file before its rows are: its size (before reading a byte), that it is
 * not empty, its encoding or sheet, the mapping (given, named, or matched by headers) and its readings.
 */
@Component
public class ImportPreparation {

    private final ProfileStore profiles;
    private final ProfileMatcher matcher;
    private final ActivityQueries activities;
    private final OrganizationQueries organization;
    private final ImportProperties properties;
    private final PeriodLocks locks;

    ImportPreparation(ProfileStore profiles, ProfileMatcher matcher, ActivityQueries activities,
                      OrganizationQueries organization, ImportProperties properties, PeriodLocks locks) {
        this.locks = locks;
        this.profiles = profiles;
        this.matcher = matcher;
        this.activities = activities;
        this.organization = organization;
        this.properties = properties;
    }

    /** The file ready to read; throws {@link ImportFileException} or {@link ImportRejected} when it is not. */
    public Prepared prepare(ImportRequest request) {
        checkSize(request.file(), request.fileName());
        FileFacts facts = FileFacts.of(request.file());
        SourceFile source = SourceFile.of(request.file(), request.fileName(), facts,
                Encodings.parse(request.encoding()), request.sheet());
        ImportMapping mapping;
        Long profileId = null;
        if (request.mapping() != null) {
            mapping = request.mapping();
            profileId = request.profileName() == null ? null
                    : profiles.find(request.associationId(), request.profileName()).map(ImportProfile::id).orElse(null);
        } else {
            ImportProfile profile = profile(request, source);
            mapping = profile.mapping();
            profileId = profile.id();
        }
        List<String> problems = new ArrayList<>();
        Lookups lookups = lookups(request.associationId(), mapping, problems);
        if (!problems.isEmpty()) {
            ImportErrors errors = new ImportErrors();
            problems.forEach(p -> errors.add(ImportError.ofFile(p)));
            throw new ImportRejected(errors);
        }
        return new Prepared(source, facts.sha256(), mapping, profileId, lookups);
    }

    /** The lists to resolve rows against; what is wrong with the mapping goes to {@code problems}. */
    public Lookups lookups(long associationId, ImportMapping mapping, List<String> problems) {
        problems.addAll(mapping.problems());
        return Lookups.load(associationId, activities, organization, mapping, locks.calendar(associationId), problems);
    }

    /** Refuses a file over the limit, or empty, by its size alone. */
    public void checkSize(java.nio.file.Path file, String fileName) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long limit = properties.maxBytes().toBytes();
        if (size > limit) {
            throw new ImportFileException("ファイルが大きすぎます（" + megabytes(size) + "、上限 " + megabytes(limit)
                    + "）: " + fileName);
        }
        if (size == 0) {
            throw new ImportFileException("ファイルが空です: " + fileName);
        }
    }

    private ImportProfile profile(ImportRequest request, SourceFile source) {
        if (request.profileName() != null) {
            return profiles.find(request.associationId(), request.profileName()).orElseThrow(() ->
                    new ImportFileException("取込設定「" + request.profileName() + "」は登録されていません"));
        }
        List<String> headers = FirstRows.of(source, 0).header();
        if (headers.isEmpty()) {
            throw new ImportFileException("ファイルが空です: " + request.fileName());
        }
        return matcher.match(request.associationId(), headers).orElseThrow(() -> new ImportFileException(
                "このファイルの見出しに合う取込設定がありません。取込設定を指定するか、画面で列を割り当ててください: "
                        + request.fileName()));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
