/**
 * Cross-cutting web set-up: security, locale, layout, error pages, the home page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package jp.bansou.web;
