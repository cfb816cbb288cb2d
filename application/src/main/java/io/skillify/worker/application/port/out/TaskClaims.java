package io.skillify.worker.application.port.out;

import io.skillify.shared.domain.AccountId;
import io.skillify.worker.domain.ClaimedTask;
import io.skillify.worker.domain.ClaimAllowance;
import io.skillify.worker.domain.ClaimPolicy;
import java.time.Instant;
import java.util.List;

/**
 * Executes a {@link ClaimPolicy} atomically, in the caller's transaction: picks the policy's candidates in its order,
 * at most {@code maxTasks}, never a task another claim holds; assigns them and gives them workers leased until
 * {@code leaseUntil}; then, with the account locked (so one account's claims are serialized where they count its
 * active workers, on every instance), keeps those the policy still allows and as many as its allowance says, handing
 * the rest back. A claim whose account left a workspace (or was revoked) while it ran hands that workspace's tasks
 * back.
 */
public interface TaskClaims {

    Outcome claim(ClaimPolicy policy, String runner, Instant now, Instant leaseUntil);

    /**
     * Holds the account's claims until the transaction ends: waits for a claim of it in progress (whose workers are
     * visible afterwards), and makes later ones wait and then see the transaction's membership changes.
     */
    void holdClaimsOf(AccountId account);

    sealed interface Outcome {
    }

    record Handed(List<ClaimedTask> claimed) implements Outcome {
    }

    /** The account was at its limit: nothing is handed (the transaction must roll back what was picked). */
    record Refused(ClaimAllowance.AtLimit atLimit) implements Outcome {
    }
}
