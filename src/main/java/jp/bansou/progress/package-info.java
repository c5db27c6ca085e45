/**
 * Progress on the plan's targets: each association's grading scale, the achievement rate and the
 * grade it proposes, the reviewer's decision, and the target table that shows them with the
 * half-year figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Progress")
package jp.bansou.progress;
