package io.skillify.worker.application.fakes;

import io.skillify.shared.domain.AccountId;
import io.skillify.worker.application.port.out.InstructionQueue;
import io.skillify.worker.domain.Instruction;
import io.skillify.worker.domain.WorkerId;
import io.skillify.worker.domain.view.QueuedInstruction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Instructions per worker in memory; taking them removes them. Per-account delivery is not modelled. */
public final class InMemoryInstructionQueue implements InstructionQueue {

    private final Map<WorkerId, List<Instruction>> queued = new LinkedHashMap<>();

    public List<Instruction> waitingFor(WorkerId worker) {
        return List.copyOf(queued.getOrDefault(worker, List.of()));
    }

    @Override
    public void enqueue(WorkerId worker, Instruction instruction) {
        queued.computeIfAbsent(worker, id -> new ArrayList<>()).add(instruction);
    }

    @Override
    public List<Instruction> take(WorkerId worker) {
        List<Instruction> taken = waitingFor(worker);
        queued.remove(worker);
        return taken;
    }

    @Override
    public List<QueuedInstruction> takeForAccount(AccountId account) {
        return List.of();
    }
}
