/**
 * The change log: every change to targets, actuals, grades, roles, rules, records, locks and users,
 * with who, when, before, after and the reason. Written in the changing transaction, never changed.
 * At the bottom of the modules: it depends on {@code shared} only, so every module may record.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package jp.bansou.audit;
