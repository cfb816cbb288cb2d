package io.skillify.run.domain;

import static io.skillify.run.domain.RunFixtures.T0;
import static io.skillify.run.domain.RunFixtures.aRun;
import static io.skillify.run.domain.RunFixtures.at;
import static io.skillify.run.domain.RunFixtures.flow;
import static io.skillify.run.domain.RunFixtures.ids;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.automation.domain.flow.FlowGraph;
import org.junit.jupiter.api.Test;

class OnlyTheTriggerStartsTest {

    private final FlowGraph flow = flow().trigger("start").step("a", "b")
            .edge("start", "a").edge("a", "b").build();

    @Test
    void a_new_run_is_queued_with_every_step_pending() {
        Run run = aRun(flow);

        assertThat(run.status()).isEqualTo(RunStatus.QUEUED);
        assertThat(run.createdAt()).isEqualTo(T0);
        assertThat(run.startedAt()).isNull();
        assertThat(run.finishedAt()).isNull();
        assertThat(run.error()).isNull();
        assertThat(run.steps()).extracting(StepState::nodeId).containsExactly("start", "a", "b");
        assertThat(run.steps()).allSatisfy(step -> {
            assertThat(step.status()).isEqualTo(StepStatus.PENDING);
            assertThat(step.attempt()).isZero();
            assertThat(step.startedAt()).isNull();
            assertThat(step.dueAt()).isNull();
        });
    }

    @Test
    void only_the_trigger_is_runnable_at_first() {
        Run run = aRun(flow);

        assertThat(ids(run.runnable(at(1)))).containsExactly("start");
        assertThat(run.status()).isEqualTo(RunStatus.QUEUED);
    }

    @Test
    void asking_what_is_runnable_twice_changes_nothing() {
        Run run = aRun(flow);

        run.runnable(at(1));

        assertThat(ids(run.runnable(at(2)))).containsExactly("start");
        assertThat(run.steps()).allSatisfy(step -> assertThat(step.status()).isEqualTo(StepStatus.PENDING));
    }

    @Test
    void the_trigger_is_found_by_having_no_inputs_wherever_it_stands_in_the_flow() {
        FlowGraph triggerLast = flow().step("a").trigger("start").edge("start", "a").build();

        assertThat(ids(aRun(triggerLast).runnable(at(1)))).containsExactly("start");
    }

    @Test
    void starting_the_trigger_starts_the_run_and_its_first_attempt() {
        Run run = aRun(flow);

        run.startStep("start", at(1));

        assertThat(run.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(run.startedAt()).isEqualTo(at(1));
        StepState trigger = run.step("start");
        assertThat(trigger.status()).isEqualTo(StepStatus.RUNNING);
        assertThat(trigger.attempt()).isEqualTo(1);
        assertThat(trigger.startedAt()).isEqualTo(at(1));
        assertThat(trigger.finishedAt()).isNull();
        assertThat(run.step("a").status()).isEqualTo(StepStatus.PENDING);
    }

    @Test
    void a_started_trigger_without_an_outcome_is_run_again_and_its_successor_not_yet() {
        Run run = aRun(flow);

        run.startStep("start", at(1));

        // its start was committed but not its outcome: only a crash leaves a step so, and then it runs again
        assertThat(ids(run.runnable(at(2)))).containsExactly("start");
    }

    @Test
    void later_steps_do_not_move_the_start_of_the_run() {
        Run run = aRun(flow);
        run.startStep("start", at(1));
        run.succeedStep("start", RunFixtures.OUTPUT, RunFixtures.DEFAULT, at(2));

        run.startStep("a", at(5));

        assertThat(run.startedAt()).isEqualTo(at(1));
        assertThat(run.step("a").startedAt()).isEqualTo(at(5));
        assertThat(run.step("a").attempt()).isEqualTo(1);
    }
}
