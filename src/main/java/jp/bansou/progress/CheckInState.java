package jp.bansou.progress;

/**
 * Where a check-in stands: awaiting the reviewer (確認待ち), acknowledged (確認済み) or returned to
 * the poster (差戻し), who answers with a new check-in. Only an awaiting check-in can be reviewed.
 */
public enum CheckInState {
    AWAITING, ACKNOWLEDGED, RETURNED
}
