/**
 * The year-end rollover (年度繰越): sets up the next fiscal year from the current one in one
 * transaction by calling each module's own copy, and records it in the audit trail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rollover")
package jp.bansou.rollover;
