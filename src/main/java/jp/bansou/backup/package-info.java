/**
 * Backup: an admin takes a consistent backup of the embedded H2 database while the application runs
 * (a compressed SQL script under {@code bansou.backup.directory}); PostgreSQL is backed up with
 * {@code pg_dump} (README).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Backup")
package jp.bansou.backup;
