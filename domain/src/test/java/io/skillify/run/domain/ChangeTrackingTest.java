package io.skillify.run.domain;

import static io.skillify.run.domain.RunFixtures.aRun;
import static io.skillify.run.domain.RunFixtures.at;
import static io.skillify.run.domain.RunFixtures.flow;
import static io.skillify.run.domain.RunFixtures.restored;
import static io.skillify.run.domain.RunFixtures.succeed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.skillify.automation.domain.flow.FlowGraph;
import io.skillify.automation.domain.nodetype.RetryPolicy;
import org.junit.jupiter.api.Test;

class ChangeTrackingTest {

    /** start → cond; cond "true" → yes; cond "false" → no → no2. */
    private final FlowGraph flow = flow().trigger("start").condition("cond").step("yes", "no", "no2")
            .edge("start", "cond").edge("cond", "yes", "true").edge("cond", "no", "false").edge("no", "no2")
            .build();

    @Test
    void the_changed_steps_are_taken_once() {
        Run run = aRun(flow);

        run.startStep("start", at(1));

        assertThat(run.takeChangedSteps()).singleElement().satisfies(step -> {
            assertThat(step.nodeId()).isEqualTo("start");
            assertThat(step.status()).isEqualTo(StepStatus.RUNNING);
        });
        assertThat(run.takeChangedSteps()).isEmpty();
    }

    @Test
    void only_the_steps_changed_since_the_last_call_are_returned_in_their_latest_state() {
        Run run = aRun(flow);
        succeed(run, "start", at(1));
        run.takeChangedSteps();

        run.startStep("cond", at(2));
        run.succeedStep("cond", RunFixtures.OUTPUT, "true", at(3));

        assertThat(run.takeChangedSteps()).singleElement().satisfies(step -> {
            assertThat(step.nodeId()).isEqualTo("cond");
            assertThat(step.status()).isEqualTo(StepStatus.SUCCEEDED);
            assertThat(step.handle()).isEqualTo("true");
        });
    }

    @Test
    void skips_settled_while_listing_runnable_steps_are_changes() {
        Run run = aRun(flow);
        succeed(run, "start", at(1));
        succeed(run, "cond", "true", at(2));
        run.takeChangedSteps();

        run.runnable(at(3));

        assertThat(run.takeChangedSteps())
                .extracting(StepState::nodeId, StepState::status)
                .containsExactlyInAnyOrder(
                        tuple("no", StepStatus.SKIPPED),
                        tuple("no2", StepStatus.SKIPPED));
        run.runnable(at(4));
        assertThat(run.takeChangedSteps()).isEmpty();
    }

    @Test
    void listing_runnable_steps_with_nothing_to_skip_changes_nothing() {
        Run run = aRun(flow);

        run.runnable(at(1));
        run.dueWaits(at(1));
        run.nextDueAt();

        assertThat(run.takeChangedSteps()).isEmpty();
    }

    @Test
    void every_step_a_failure_cancels_is_a_change() {
        Run run = aRun(flow().trigger("start").step("a", "b", "c").edge("start", "a").edge("start", "b")
                .edge("a", "c").build());
        succeed(run, "start", at(1));
        run.startStep("a", at(2));
        run.startStep("b", at(2));
        run.takeChangedSteps();

        run.failStep("a", "boom", false, RetryPolicy.ONCE, at(3));

        assertThat(run.takeChangedSteps()).extracting(StepState::nodeId).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void a_run_just_loaded_has_no_changes() {
        Run run = restored(flow, RunStatus.RUNNING,
                new StepState("start", RunFixtures.TRIGGER, StepStatus.SUCCEEDED, 1, RunFixtures.OUTPUT,
                        RunFixtures.DEFAULT, null, at(1), at(1), null));

        assertThat(run.takeChangedSteps()).isEmpty();
    }
}
