package jp.bansou.datacheck;

/**
 * One kind of problem the data checks look for. Each check is a Spring bean; the page, the API and
 * {@link DataChecks} list them in bean order ({@code @Order}), so adding a check is adding one class.
 */
public interface DataCheck {

    /** At most this many lines per check; the count still tells how many there are in all. */
    int MAX_LINES = 200;

    /** A stable name: the API's {@code check} field and the message key {@code datacheck.check.<code>}. */
    String code();

    /** What the check finds for the scope's association and year. */
    Findings run(CheckScope scope);
}
