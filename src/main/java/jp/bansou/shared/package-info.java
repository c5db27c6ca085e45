/**
 * Value records shared by every module (fiscal years, rates); no services.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package jp.bansou.shared;
