package io.skillify.worker.application.port.out;

import io.skillify.worker.application.port.in.ClaimTasksCommand;
import io.skillify.worker.application.port.in.ClaimTasksUseCase.Claimed;
import java.time.Instant;
import java.util.List;

/**
 * The atomic hand-out: in the caller's transaction, serializes the account's claims, counts its active workers,
 * picks up to {@code min(maxTasks, limit − active)} pending tasks it may take (member of the workspace, every
 * required capability offered; priority first, then age) skipping tasks other claims hold, assigns them and creates
 * their workers leased until {@code leaseUntil}.
 */
public interface TaskClaims {

    Outcome claim(ClaimTasksCommand command, Instant now, Instant leaseUntil);

    sealed interface Outcome {
    }

    record Handed(List<Claimed> claimed) implements Outcome {
    }

    /** The account already has {@code current} active workers, its {@code limit}. */
    record AtLimit(int limit, int current) implements Outcome {
    }
}
