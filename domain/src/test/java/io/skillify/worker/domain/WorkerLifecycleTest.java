package io.skillify.worker.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.ForbiddenException;
import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.domain.Worker.TaskEffect;
import io.skillify.worker.domain.event.WorkerEnded;
import io.skillify.worker.domain.event.WorkerProgressed;
import io.skillify.worker.domain.event.WorkerStarted;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WorkerLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(60);
    private static final AccountId OWNER = new AccountId(UUID.randomUUID());

    private static Worker idle() {
        return new Worker(new WorkerId(UUID.randomUUID()), OWNER, new TaskId(UUID.randomUUID()),
                new WorkspaceId(UUID.randomUUID()), "bot-0c1f9a2e", "buildd/0c1f9a2e-x", NOW, WorkerStatus.IDLE, 0,
                null, null, null, null, null, List.of(), null, null, null, NOW.plusSeconds(900), NOW);
    }

    private static WorkerUpdate status(WorkerStatus status) {
        return new WorkerUpdate(status, null, null, null, null, null, null, null, null);
    }

    @Test
    void running_sets_started_at_once_and_starts_the_task() {
        Worker worker = idle();
        assertThat(worker.update(status(WorkerStatus.RUNNING), LATER, NOW)).isEqualTo(TaskEffect.STARTED);
        assertThat(worker.startedAt()).isEqualTo(NOW);
        worker.update(status(WorkerStatus.PAUSED), LATER, LATER);
        worker.update(status(WorkerStatus.RUNNING), LATER, LATER);
        assertThat(worker.startedAt()).isEqualTo(NOW);
    }

    @Test
    void completing_sets_completed_at_and_completes_the_task() {
        Worker worker = idle();
        assertThat(worker.update(status(WorkerStatus.COMPLETED), LATER, NOW)).isEqualTo(TaskEffect.COMPLETED);
        assertThat(worker.completedAt()).isEqualTo(NOW);
        assertThat(worker.progress()).isEqualTo(100);
    }

    @Test
    void failing_fails_the_task() {
        Worker worker = idle();
        assertThat(worker.update(new WorkerUpdate(WorkerStatus.FAILED, null, "boom", null, null, null, null, null,
                null), LATER, NOW)).isEqualTo(TaskEffect.FAILED);
        assertThat(worker.error()).isEqualTo("boom");
    }

    @Test
    void every_update_renews_the_lease() {
        Worker worker = idle();
        worker.update(new WorkerUpdate(null, 40, null, null, null, null, "compiling", null, null), LATER, NOW);
        assertThat(worker.leaseUntil()).isEqualTo(LATER);
        assertThat(worker.progress()).isEqualTo(40);
        assertThat(worker.currentAction()).isEqualTo("compiling");
    }

    @Test
    void a_move_back_to_idle_is_refused() {
        Worker worker = idle();
        worker.update(status(WorkerStatus.RUNNING), LATER, NOW);
        assertThatThrownBy(() -> worker.update(status(WorkerStatus.IDLE), LATER, NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void progress_outside_zero_to_hundred_is_refused() {
        assertThatThrownBy(() -> new WorkerUpdate(null, 150, null, null, null, null, null, null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("progress");
    }

    @Test
    void an_ended_worker_refuses_every_update_with_abort() {
        Worker worker = idle();
        worker.expire(NOW).orElseThrow();
        assertThat(worker.status()).isEqualTo(WorkerStatus.FAILED);
        assertThat(worker.error()).isEqualTo("lease expired");
        assertThatThrownBy(() -> worker.update(status(WorkerStatus.RUNNING), LATER, NOW))
                .isInstanceOfSatisfying(WorkerEndedException.class, e -> assertThat(e.extras())
                        .containsEntry("abort", true).containsEntry("reason", "lease expired"));
        assertThat(worker.expire(NOW)).as("expiring twice does nothing").isEmpty();
    }

    @Test
    void only_the_claiming_account_may_touch_it() {
        Worker worker = idle();
        worker.requireOwner(OWNER);
        assertThatThrownBy(() -> worker.requireOwner(new AccountId(UUID.randomUUID())))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void the_name_is_the_account_name_and_the_last_eight_hex_digits_of_the_id() {
        WorkerId id = new WorkerId(UUID.fromString("7a3e21c4-0000-7000-8000-0000b41f09d2"));
        assertThat(Worker.nameFor("ci-runner", id)).isEqualTo("ci-runner-b41f09d2");
    }

    @Test
    void workers_made_in_the_same_minute_get_different_names() {
        WorkerId first = new WorkerId(UUID.fromString("7a3e21c4-0000-7000-8000-000000000001"));
        WorkerId second = new WorkerId(UUID.fromString("7a3e21c4-0000-7000-8000-000000000002"));
        assertThat(Worker.nameFor("ci-runner", first)).isNotEqualTo(Worker.nameFor("ci-runner", second));
    }

    @Test
    void a_report_announces_the_start_then_the_progress_with_cost_and_turns() {
        Worker worker = idle();
        worker.update(status(WorkerStatus.RUNNING), LATER, NOW);
        assertThat(worker.started()).isEqualTo(new WorkerStarted(worker.workspaceId(), worker.id(), worker.taskId(),
                NOW));

        worker.update(new WorkerUpdate(null, 40, null, new BigDecimal("0.25"), 3, null, null, null, null), LATER,
                LATER);

        assertThat(worker.progressed()).isEqualTo(new WorkerProgressed(worker.workspaceId(), worker.id(),
                worker.taskId(), WorkerStatus.RUNNING, 40, new BigDecimal("0.25"), 3, LATER));
        assertThat(worker.ended()).isEmpty();
    }

    @Test
    void the_end_announces_status_cost_turns_and_times() {
        Worker worker = idle();
        worker.update(status(WorkerStatus.RUNNING), LATER, NOW);
        worker.update(new WorkerUpdate(WorkerStatus.COMPLETED, null, null, new BigDecimal("1.50"), 12, null, null,
                null, null), LATER, LATER);

        assertThat(worker.ended()).contains(new WorkerEnded(worker.workspaceId(), worker.id(), worker.taskId(), OWNER,
                WorkerStatus.COMPLETED, null, new BigDecimal("1.50"), 12, NOW, LATER));
    }

    @Test
    void an_expired_worker_announces_its_failure_with_the_reason() {
        Worker worker = idle();

        assertThat(worker.expire(LATER)).hasValueSatisfying(ended -> {
            assertThat(ended.status()).isEqualTo(WorkerStatus.FAILED);
            assertThat(ended.error()).isEqualTo("lease expired");
            assertThat(ended.startedAt()).isNull();
            assertThat(ended.endedAt()).isEqualTo(LATER);
        });
    }
}
