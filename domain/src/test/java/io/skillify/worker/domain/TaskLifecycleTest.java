package io.skillify.worker.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.shared.domain.ConflictException;
import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.shared.domain.json.JsonObject;
import io.skillify.worker.domain.event.TaskCancelled;
import io.skillify.worker.domain.event.TaskFailed;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TaskLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final FlowStepOrigin ORIGIN = new FlowStepOrigin(UUID.randomUUID(), "review");

    private static Task assigned(int attempts) {
        return new Task(new TaskId(UUID.randomUUID()), new WorkspaceId(UUID.randomUUID()),
                new TaskSpec("Review", null, 0, List.of(), null), ORIGIN, null, NOW, TaskStatus.ASSIGNED, attempts,
                new WorkerId(UUID.randomUUID()), null, null, NOW);
    }

    @Test
    void a_new_task_is_pending_with_no_attempt() {
        Task task = Task.create(new TaskId(UUID.randomUUID()), new WorkspaceId(UUID.randomUUID()),
                new TaskSpec("Review", null, 0, null, null), null, null, NOW);
        assertThat(task.status()).isEqualTo(TaskStatus.PENDING);
        assertThat(task.attempts()).isZero();
        assertThat(task.spec().context()).isEqualTo(JsonObject.EMPTY);
    }

    @Test
    void starting_moves_an_assigned_task_in_progress() {
        Task task = assigned(1);
        task.start(NOW);
        assertThat(task.status()).isEqualTo(TaskStatus.IN_PROGRESS);
    }

    @Test
    void completing_keeps_the_output_and_names_the_flow_step() {
        Task task = assigned(1);
        var event = task.complete(new JsonObject(java.util.Map.of()), NOW).orElseThrow();
        assertThat(task.status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(event.origin()).contains(ORIGIN);
        assertThat(task.complete(JsonObject.EMPTY, NOW)).as("a second completion changes nothing").isEmpty();
    }

    @Test
    void a_released_task_goes_back_to_pending_while_attempts_remain() {
        Task task = assigned(2);
        assertThat(task.release(3, "lease expired", NOW)).isEmpty();
        assertThat(task.status()).isEqualTo(TaskStatus.PENDING);
        assertThat(task.workerId()).isNull();
    }

    @Test
    void a_released_task_fails_once_its_attempts_are_used_up() {
        Task task = assigned(3);
        TaskFailed failed = task.release(3, "lease expired", NOW).orElseThrow();
        assertThat(task.status()).isEqualTo(TaskStatus.FAILED);
        assertThat(failed.error()).isEqualTo("lease expired (after 3 attempts)");
    }

    @Test
    void reassigning_returns_the_task_whatever_its_attempts() {
        Task task = assigned(3);
        var reassigned = task.reassign(NOW);
        assertThat(task.status()).isEqualTo(TaskStatus.PENDING);
        assertThat(reassigned.previousWorker()).isNotNull();
    }

    @Test
    void a_task_whose_worker_departed_goes_back_to_pending_and_gets_its_attempt_back() {
        Task task = assigned(3);
        WorkerId departed = task.workerId();

        var returned = task.returnFromDeparted(departed, NOW).orElseThrow();

        assertThat(task.status()).isEqualTo(TaskStatus.PENDING);
        assertThat(task.workerId()).isNull();
        assertThat(task.attempts()).as("leaving is not the task's failure").isEqualTo(2);
        assertThat(returned.previousWorker()).isEqualTo(departed);
    }

    @Test
    void a_departed_worker_no_longer_holding_the_task_leaves_it_alone() {
        Task task = assigned(1);
        task.start(NOW);
        assertThat(task.returnFromDeparted(new WorkerId(UUID.randomUUID()), NOW)).isEmpty();
        assertThat(task.status()).isEqualTo(TaskStatus.IN_PROGRESS);

        Task finished = assigned(1);
        finished.complete(JsonObject.EMPTY, NOW);
        assertThat(finished.returnFromDeparted(finished.workerId(), NOW)).isEmpty();
        assertThat(finished.status()).isEqualTo(TaskStatus.COMPLETED);
    }

    @Test
    void cancelling_ends_the_task_and_a_finished_task_cannot_be_cancelled() {
        Task task = assigned(1);
        TaskCancelled cancelled = task.cancel(NOW);
        assertThat(cancelled.origin()).contains(ORIGIN);
        assertThat(task.status()).isEqualTo(TaskStatus.CANCELLED);
        assertThatThrownBy(() -> task.cancel(NOW)).isInstanceOf(ConflictException.class)
                .hasMessage("Task is already cancelled");
        assertThatThrownBy(() -> task.reassign(NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void a_task_needs_a_title_and_well_formed_capabilities() {
        assertThatThrownBy(() -> new TaskSpec(" ", null, 0, List.of("shell", "bad cap"), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.path()).containsExactly("title", "requiredCapabilities[1]"));
    }
}
