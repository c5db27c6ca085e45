package jp.bansou.progress;

/** No check-in with this id on the item-year of the user's association. */
public class CheckInNotFoundException extends RuntimeException {

    public CheckInNotFoundException(long checkInId) {
        super("チェックインが見つかりません: " + checkInId);
    }
}
