package jp.bansou.period;

import java.util.Optional;

/**
 * Who may change figures of a closed period: nobody but an admin, and an admin only with a reason
 * (which the audit trail keeps). Figures of open periods change as usual.
 */
public record ChangeGate(ClosedPeriod closed) {

    /** Why the change is refused, or empty when it may go ahead. */
    public Optional<String> refusal(boolean admin, String reason) {
        if (closed == null) {
            return Optional.empty();
        }
        String label = closed.period().label();
        if (!admin) {
            return Optional.of(label + "は締められています。締めた期間の数値を変更できるのは管理者だけです");
        }
        if (reason == null || reason.isBlank()) {
            return Optional.of(label + "は締められています。変更するには変更理由を入力してください");
        }
        return Optional.empty();
    }
}
