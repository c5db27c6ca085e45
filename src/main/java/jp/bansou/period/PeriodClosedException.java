package jp.bansou.period;

/** A change of figures in a closed period, refused; the message says why in Japanese. */
public class PeriodClosedException extends RuntimeException {

    private final transient ClosedPeriod closed;

    public PeriodClosedException(ClosedPeriod closed, String message) {
        super(message);
        this.closed = closed;
    }

    public ClosedPeriod closed() {
        return closed;
    }
}
