/** The schedule's pages (grid, calendar, list, forms, mark done), the iCalendar feed and its link page. */
package jp.bansou.schedule.web;
