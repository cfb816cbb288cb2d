package io.skillify.worker.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.shared.domain.InvalidInputException;
import io.skillify.worker.domain.TaskStatus;
import io.skillify.worker.domain.WorkerCommand;
import io.skillify.worker.domain.WorkerStatus;
import org.junit.jupiter.api.Test;

/** The Buildd spelling of the worker context's values (contract §1: lower-case snake; §5: filters and synonyms). */
class WorkerWireValuesTest {

    @Test
    void valuesAreSpelledInLowerCaseSnake() {
        assertThat(WorkerWireValues.wire(TaskStatus.IN_PROGRESS)).isEqualTo("in_progress");
        assertThat(WorkerWireValues.wire(WorkerStatus.WAITING_INPUT)).isEqualTo("waiting_input");
        assertThat(WorkerWireValues.wire(WorkerCommand.ABORT)).isEqualTo("abort");
    }

    @Test
    void aTaskFilterIsOneStatusACommaListOrActive() {
        assertThat(WorkerWireValues.taskStatuses("pending", "status")).containsExactly(TaskStatus.PENDING);
        assertThat(WorkerWireValues.taskStatuses("completed, failed", "status"))
                .containsExactlyInAnyOrder(TaskStatus.COMPLETED, TaskStatus.FAILED);
        assertThat(WorkerWireValues.taskStatuses("active", "status"))
                .containsExactlyInAnyOrder(TaskStatus.PENDING, TaskStatus.ASSIGNED, TaskStatus.IN_PROGRESS);
        assertThat(WorkerWireValues.taskStatuses(null, "status")).isEmpty();
        assertThat(WorkerWireValues.taskStatuses("", "status")).isEmpty();
    }

    @Test
    void anUnknownTaskStatusNamesTheFieldAndTheValuesAllowed() {
        assertThatThrownBy(() -> WorkerWireValues.taskStatuses("pending,sleeping", "status"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("status")
                .hasMessageContaining("in_progress")
                .hasMessageContaining("active");
    }

    @Test
    void errorIsASynonymOfFailedAndUnknownWorkerStatusesAreRefused() {
        assertThat(WorkerWireValues.workerStatus("error", "status")).isEqualTo(WorkerStatus.FAILED);
        assertThat(WorkerWireValues.workerStatus("waiting_input", "status")).isEqualTo(WorkerStatus.WAITING_INPUT);
        assertThatThrownBy(() -> WorkerWireValues.workerStatus("done", "status"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("status");
        assertThatThrownBy(() -> WorkerWireValues.command("explode"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("action");
    }
}
