/** The budget's Excel downloads (Apache POI stays in this package, as the architecture rules require). */
package jp.bansou.budget.export;
