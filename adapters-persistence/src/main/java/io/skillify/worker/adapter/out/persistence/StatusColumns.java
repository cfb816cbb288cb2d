package io.skillify.worker.adapter.out.persistence;

import io.skillify.worker.domain.TaskStatus;
import io.skillify.worker.domain.WorkerCommand;
import io.skillify.worker.domain.WorkerStatus;
import java.util.Locale;

/** The worker context's enums as the {@code tasks}, {@code workers} and {@code worker_instructions} columns hold them. */
final class StatusColumns {

    private StatusColumns() {
    }

    static String column(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static TaskStatus taskStatus(String column) {
        return TaskStatus.valueOf(column.toUpperCase(Locale.ROOT));
    }

    static WorkerStatus workerStatus(String column) {
        return WorkerStatus.valueOf(column.toUpperCase(Locale.ROOT));
    }

    static WorkerCommand command(String column) {
        return WorkerCommand.valueOf(column.toUpperCase(Locale.ROOT));
    }
}
