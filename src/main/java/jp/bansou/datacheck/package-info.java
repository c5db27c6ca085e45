/**
 * Data checks for admins, like a maintenance list: each {@link jp.bansou.datacheck.DataCheck}
 * finds one kind of problem in the plan or the records of a fiscal year (read through the other
 * modules' APIs) and links every line to the page where it is fixed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data checks")
package jp.bansou.datacheck;
