package jp.bansou.plan;

/** No such item-year in the user's association (another association's ids are not found either). */
public class ItemYearNotFoundException extends RuntimeException {

    public ItemYearNotFoundException(long itemYearId) {
        super("item year " + itemYearId + " not found");
    }
}
