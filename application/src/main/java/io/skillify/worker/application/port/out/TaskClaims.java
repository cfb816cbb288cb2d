package io.skillify.worker.application.port.out;

import io.skillify.shared.domain.AccountId;
import io.skillify.worker.application.port.in.ClaimTasksCommand;
import io.skillify.worker.application.port.in.ClaimTasksUseCase.Claimed;
import java.time.Instant;
import java.util.List;

/**
 * The atomic hand-out, in the caller's transaction: up to {@code min(maxTasks, limit − active)} pending tasks the
 * account may take (member of the workspace, every required capability offered; priority first, then age), never a
 * task another claim holds, assigned and given workers leased until {@code leaseUntil}; one account's claims are
 * serialized where they count its active workers, so the limit holds under any concurrency and on every instance.
 * A claim whose account left a workspace (or was revoked) while it ran hands that workspace's tasks back.
 */
public interface TaskClaims {

    Outcome claim(ClaimTasksCommand command, Instant now, Instant leaseUntil);

    /**
     * Holds the account's claims until the transaction ends: waits for a claim of it in progress (whose workers are
     * visible afterwards), and makes later ones wait and then see the transaction's membership changes.
     */
    void holdClaimsOf(AccountId account);

    sealed interface Outcome {
    }

    record Handed(List<Claimed> claimed) implements Outcome {
    }

    /** The account already has {@code current} active workers, its {@code limit}. */
    record AtLimit(int limit, int current) implements Outcome {
    }
}
