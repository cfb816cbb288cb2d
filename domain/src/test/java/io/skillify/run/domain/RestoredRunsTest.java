package io.skillify.run.domain;

import static io.skillify.run.domain.RunFixtures.DEFAULT;
import static io.skillify.run.domain.RunFixtures.OUTPUT;
import static io.skillify.run.domain.RunFixtures.STEP;
import static io.skillify.run.domain.RunFixtures.TRIGGER;
import static io.skillify.run.domain.RunFixtures.at;
import static io.skillify.run.domain.RunFixtures.flow;
import static io.skillify.run.domain.RunFixtures.ids;
import static io.skillify.run.domain.RunFixtures.restored;
import static io.skillify.run.domain.RunFixtures.statusOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.automation.domain.flow.FlowGraph;
import io.skillify.automation.domain.nodetype.RetryPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RestoredRunsTest {

    private final FlowGraph flow = flow().trigger("start").step("a", "b").edge("start", "a").edge("a", "b").build();

    private static StepState succeededTrigger() {
        return new StepState("start", TRIGGER, StepStatus.SUCCEEDED, 1, OUTPUT, DEFAULT, null, at(1), at(1), null);
    }

    @Test
    void a_restored_run_resumes_after_its_succeeded_trigger() {
        Run run = restored(flow, RunStatus.RUNNING, succeededTrigger());

        assertThat(ids(run.runnable(at(5)))).containsExactly("a");
        assertThat(run.status()).isEqualTo(RunStatus.RUNNING);
    }

    @Test
    void the_stored_state_is_kept_as_it_was() {
        Run run = restored(flow, RunStatus.RUNNING, succeededTrigger());

        assertThat(run.step("start")).isEqualTo(succeededTrigger());
        assertThat(run.startedAt()).isEqualTo(at(1));
    }

    @Test
    void nodes_without_stored_state_start_pending() {
        Run run = restored(flow, RunStatus.RUNNING, succeededTrigger());

        assertThat(run.step("a")).isEqualTo(StepState.pending("a", STEP));
        assertThat(run.step("b")).isEqualTo(StepState.pending("b", STEP));
        assertThat(run.steps()).extracting(StepState::nodeId).containsExactly("start", "a", "b");
    }

    @Test
    void a_restored_queued_run_without_steps_starts_from_the_trigger() {
        Run run = restored(flow, RunStatus.QUEUED);

        assertThat(ids(run.runnable(at(1)))).containsExactly("start");
        run.startStep("start", at(1));
        assertThat(run.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(run.startedAt()).isEqualTo(at(1));
    }

    @Test
    void a_restored_retry_counts_its_attempts_on() {
        Run run = restored(flow, RunStatus.RUNNING, succeededTrigger(),
                new StepState("a", STEP, StepStatus.PENDING, 2, null, null, "503", at(2), null, at(20)));

        assertThat(run.nextDueAt()).isEqualTo(at(20));
        assertThat(run.runnable(at(19))).isEmpty();
        assertThat(ids(run.runnable(at(20)))).containsExactly("a");

        run.startStep("a", at(20));

        assertThat(run.step("a").attempt()).isEqualTo(3);
        assertThat(run.step("a").startedAt()).isEqualTo(at(2));
        run.failStep("a", "503", true, RetryPolicy.exponential(3, Duration.ofSeconds(1), Duration.ofSeconds(30)),
                at(21));
        assertThat(statusOf(run, "a")).isEqualTo(StepStatus.FAILED);
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    }

    @Test
    void a_restored_waiting_step_is_due_at_its_time() {
        Run run = restored(flow, RunStatus.RUNNING, succeededTrigger(),
                new StepState("a", STEP, StepStatus.WAITING, 1, null, null, null, at(2), null, at(60)));

        assertThat(run.dueWaits(at(59))).isEmpty();
        assertThat(ids(run.dueWaits(at(60)))).containsExactly("a");
        assertThat(run.nextDueAt()).isEqualTo(at(60));
    }

    @Test
    void a_step_stored_running_was_interrupted_by_a_crash_and_runs_again_while_succeeded_steps_do_not() {
        Run run = restored(flow, RunStatus.RUNNING, succeededTrigger(),
                new StepState("a", STEP, StepStatus.RUNNING, 1, null, null, null, at(2), null, null));

        assertThat(ids(run.runnable(at(5)))).containsExactly("a");
        run.startStep("a", at(5));

        assertThat(run.step("a").attempt()).isEqualTo(2);
        assertThat(run.step("a").startedAt()).isEqualTo(at(2));
        assertThat(run.step("start")).isEqualTo(succeededTrigger());
    }

    @Test
    void a_restored_finished_run_has_nothing_to_run() {
        Run run = restored(flow, RunStatus.SUCCEEDED, succeededTrigger());

        assertThat(run.runnable(at(5))).isEmpty();
    }
}
