package io.skillify.worker.adapter.out.persistence;

import static skillify.jooq.Tables.WORKERS;
import static skillify.jooq.Tables.WORKER_INSTRUCTIONS;

import io.skillify.shared.domain.AccountId;
import io.skillify.worker.domain.view.QueuedInstruction;
import io.skillify.worker.application.port.out.InstructionQueue;
import io.skillify.worker.domain.Instruction;
import io.skillify.worker.domain.WorkerId;
import java.util.Comparator;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Taking is a {@code DELETE … RETURNING}: two concurrent reports can never both receive one instruction. */
@Repository
class JooqInstructionQueue implements InstructionQueue {

    private final DSLContext db;

    JooqInstructionQueue(DSLContext db) {
        this.db = db;
    }

    @Override
    public void enqueue(WorkerId worker, Instruction instruction) {
        db.insertInto(WORKER_INSTRUCTIONS)
                .set(WORKER_INSTRUCTIONS.WORKER_ID, worker.value())
                .set(WORKER_INSTRUCTIONS.ACTION, StatusColumns.column(instruction.action()))
                .set(WORKER_INSTRUCTIONS.TEXT, instruction.text())
                .set(WORKER_INSTRUCTIONS.AT, instruction.timestamp())
                .execute();
    }

    @Override
    public List<Instruction> take(WorkerId worker) {
        return takeWhere(WORKER_INSTRUCTIONS.WORKER_ID.eq(worker.value())).stream().map(QueuedInstruction::instruction).toList();
    }

    @Override
    public List<QueuedInstruction> takeForAccount(AccountId account) {
        return takeWhere(WORKER_INSTRUCTIONS.WORKER_ID.in(
                db.select(WORKERS.ID).from(WORKERS).where(WORKERS.ACCOUNT_ID.eq(account.value()))));
    }

    private List<QueuedInstruction> takeWhere(Condition condition) {
        return db.deleteFrom(WORKER_INSTRUCTIONS)
                .where(condition)
                .returning(WORKER_INSTRUCTIONS.WORKER_ID, WORKER_INSTRUCTIONS.SEQ, WORKER_INSTRUCTIONS.ACTION,
                        WORKER_INSTRUCTIONS.TEXT, WORKER_INSTRUCTIONS.AT)
                .fetch()
                .stream()
                .sorted(Comparator.comparing(row -> row.getSeq()))
                .map(row -> new QueuedInstruction(new WorkerId(row.getWorkerId()), new Instruction(
                        StatusColumns.command(row.getAction()), row.getText(), row.getAt())))
                .toList();
    }
}
