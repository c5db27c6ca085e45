/**
 * The support programme's budget: expense categories, budget lines per fiscal year, business area and
 * category, transfers between lines, the spending ledger (corrections are reversing entries, nothing is
 * deleted), budget against spent with execution rates, the monthly spending chart and Excel exports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Budget")
package jp.bansou.budget;
