package jp.bansou.plan;

/** Someone else saved the item's year since it was loaded: the save is refused, nothing is overwritten. */
public class StaleItemYearException extends RuntimeException {

    public StaleItemYearException(long itemYearId) {
        super("item year " + itemYearId + " was changed by someone else");
    }
}
