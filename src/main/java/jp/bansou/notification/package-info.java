/**
 * Alerts to the people who use Bansō: notifications stored per login, read and marked read in the
 * application, and mailed as well where SMTP is configured and the login gave an address.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package jp.bansou.notification;
