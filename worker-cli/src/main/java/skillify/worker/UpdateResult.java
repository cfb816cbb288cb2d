package skillify.worker;

import java.util.List;

/** The server's answer to a worker update. */
sealed interface UpdateResult {

    /** The update was taken; here are the commands queued since the last one. */
    record Accepted(List<Instruction> instructions) implements UpdateResult {
    }

    /** The server has ended this worker (lease expired, task reassigned, already ended): stop, report nothing more. */
    record Revoked(String reason) implements UpdateResult {
    }
}
