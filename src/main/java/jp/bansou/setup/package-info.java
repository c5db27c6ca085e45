/**
 * The first start of a real installation: the one-time set-up page that creates the association,
 * its districts, its five-year plan and the first admin, and sends every page there until it is done.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Setup")
package jp.bansou.setup;
