/**
 * Evaluation: the external committee that grades the plan's year (members per fiscal year, meetings
 * with the year-end snapshot or the first half as material, each member's grade per item), its
 * opinion per business area and the improvements it decided, which the next year's items carry.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation")
package jp.bansou.evaluation;
