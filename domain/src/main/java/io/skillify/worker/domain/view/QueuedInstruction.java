package io.skillify.worker.domain.view;

import io.skillify.worker.domain.Instruction;
import io.skillify.worker.domain.WorkerId;

/** A command waiting for its worker's next update or heartbeat. */
public record QueuedInstruction(WorkerId workerId, Instruction instruction) {
}
