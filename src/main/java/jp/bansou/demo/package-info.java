/**
 * The demo installation: on first start with an empty database, the seed association's sheet with
 * its real figures and four demo logins.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package jp.bansou.demo;
