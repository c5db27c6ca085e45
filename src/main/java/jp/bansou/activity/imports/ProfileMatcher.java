package jp.bansou.activity.imports;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.bansou.activity.ImportMapping;
import jp.bansou.activity.ImportProfile;
import org.springframework.stereotype.Component;

/**
 * Finds the profile for a file's headers: the one saved for exactly these headers (same signature),
 * else the one mapping the most columns that are all present in the file.
 */
@Component
public class ProfileMatcher {

    private final ProfileStore profiles;

    ProfileMatcher(ProfileStore profiles) {
        this.profiles = profiles;
    }

    public Optional<ImportProfile> match(long associationId, List<String> headers) {
        Optional<ImportProfile> exact = profiles.withSignature(associationId, HeaderSignature.of(headers))
                .stream().findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        Set<String> present = headers.stream().map(ImportMapping::fold).collect(Collectors.toSet());
        return profiles.all(associationId).stream()
                .filter(p -> !p.mapping().columns().isEmpty() && p.mapping().columns().keySet().stream()
                        .map(ImportMapping::fold).allMatch(present::contains))
                .max(Comparator.comparingInt(p -> p.mapping().columns().size()));
    }
}
