package io.skillify.worker.application.port.in;

import io.skillify.shared.domain.AccountId;
import io.skillify.worker.domain.Instruction;
import io.skillify.worker.domain.WorkerCommand;
import io.skillify.worker.domain.WorkerId;

/** An admin of the worker's workspace queues a command for it (pushed live where realtime is configured). */
public interface CommandWorkerUseCase {

    Instruction command(AccountId actor, WorkerId worker, WorkerCommand action, String text);
}
