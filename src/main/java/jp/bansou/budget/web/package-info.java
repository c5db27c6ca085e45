/** The budget pages: the table, the ledger, the expense categories, the chart data and the Excel downloads. */
package jp.bansou.budget.web;
