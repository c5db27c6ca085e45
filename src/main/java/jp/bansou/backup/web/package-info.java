/** The admin page that takes a backup. */
package jp.bansou.backup.web;
