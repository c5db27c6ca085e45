/**
 * The association, its districts, staff members, staff groups, and the users who log in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organization")
package jp.bansou.organization;
