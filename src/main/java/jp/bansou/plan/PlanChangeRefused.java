package jp.bansou.plan;

/** A change of the plan's structure or targets that breaks a rule; the message says why, in Japanese. */
public class PlanChangeRefused extends RuntimeException {

    public PlanChangeRefused(String message) {
        super(message);
    }
}
