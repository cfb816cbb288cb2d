package io.skillify.worker.application.port.out;

import io.skillify.shared.domain.AccountId;
import io.skillify.worker.domain.view.QueuedInstruction;
import io.skillify.worker.domain.Instruction;
import io.skillify.worker.domain.WorkerId;
import java.util.List;

/** Commands waiting for their worker; taking them removes them, so each is handed over once. */
public interface InstructionQueue {

    void enqueue(WorkerId worker, Instruction instruction);

    List<Instruction> take(WorkerId worker);

    List<QueuedInstruction> takeForAccount(AccountId account);
}
