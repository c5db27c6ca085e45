/** The admin search of the change log; read only: the log has no write endpoint. */
package jp.bansou.audit.web;
