/**
 * The activity module's pages and API: importing records (upload, column mapping, result, undo) and
 * import profiles. Controllers are package-private.
 */
package jp.bansou.activity.web;
