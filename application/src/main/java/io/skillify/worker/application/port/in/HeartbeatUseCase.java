package io.skillify.worker.application.port.in;

import io.skillify.shared.domain.AccountId;
import io.skillify.worker.domain.view.QueuedInstruction;
import java.util.List;

/** A worker process says it is alive: the leases of all the account's active workers are renewed. */
public interface HeartbeatUseCase {

    Beat heartbeat(AccountId actor);

    /** Pending tasks the account could claim, and commands queued for its workers (each handed over once). */
    record Beat(long pendingTaskCount, List<QueuedInstruction> instructions) {
    }
}
