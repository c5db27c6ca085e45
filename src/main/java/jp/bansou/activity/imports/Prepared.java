package jp.bansou.activity.imports;

import jp.bansou.activity.ImportMapping;

/** A file ready for its passes: how to read it, its SHA-256, the mapping chosen and the lists to resolve against. */
public record Prepared(SourceFile source, String sha256, ImportMapping mapping, Long profileId, Lookups lookups) {
}
