package io.skillify.worker.application.port.in;

import io.skillify.shared.domain.AccountId;
import io.skillify.worker.domain.Instruction;
import io.skillify.worker.domain.Worker;
import io.skillify.worker.domain.WorkerId;
import io.skillify.worker.domain.WorkerUpdate;
import java.util.List;
import java.util.function.Supplier;

/**
 * A worker reports: its status moves its task along, its lease is renewed, and the commands queued for it are
 * handed over (each once). The report is read only once the worker is known to be alive and the caller's: an ended
 * worker answers 409 with {@code abort: true} before anything else.
 */
public interface UpdateWorkerUseCase {

    Reported update(AccountId actor, WorkerId worker, Supplier<WorkerUpdate> report);

    record Reported(Worker worker, List<Instruction> instructions) {
    }
}
