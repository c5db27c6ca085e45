/**
 * Members by district per fiscal year, the businesses in the area, and the organisation rate.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Membership")
package jp.bansou.membership;
