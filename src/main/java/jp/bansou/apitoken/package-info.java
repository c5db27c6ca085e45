/**
 * API tokens: per-user secrets for the JSON API instead of HTTP Basic, created, listed and revoked
 * by their owner (and revoked by the association's admins).
 */
@org.springframework.modulith.ApplicationModule(displayName = "API tokens")
package jp.bansou.apitoken;
