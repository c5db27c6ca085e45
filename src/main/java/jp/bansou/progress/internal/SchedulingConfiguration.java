package jp.bansou.progress.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the daily check-in alert ({@code CheckInAlerts}); its cron is {@code bansou.check-in.alert-cron}
 * (default 7:00 Japan time, {@code -} switches it off).
 */
@Configuration
@EnableScheduling
class SchedulingConfiguration {
}
