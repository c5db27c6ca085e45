/**
 * Publication: an admin publishes a fiscal year's year-end snapshot (the committee's version of the
 * target table) on a public page without login, with a CSV download, and can withdraw it. Only
 * items, targets, actuals, rates and grades are public: no names of staff or businesses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Publication")
package jp.bansou.publication;
