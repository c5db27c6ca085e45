/**
 * The machinery of importing activity records from the consultation-record system's exports:
 * reading CSV (UTF-8 or MS932) and .xlsx as a stream of rows, resolving rows against the
 * association's lists, the validation and the write pass, profiles and batches, and the command line.
 */
package jp.bansou.activity.imports;
