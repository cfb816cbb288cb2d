package io.skillify.run.domain;

import static io.skillify.run.domain.RunFixtures.aRun;
import static io.skillify.run.domain.RunFixtures.at;
import static io.skillify.run.domain.RunFixtures.flow;
import static io.skillify.run.domain.RunFixtures.ids;
import static io.skillify.run.domain.RunFixtures.statusOf;
import static io.skillify.run.domain.RunFixtures.succeed;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.automation.domain.flow.FlowGraph;
import org.junit.jupiter.api.Test;

class UntakenBranchesAreSkippedTest {

    /** start → cond; cond "true" → yes → yes2; cond "false" → no → no2 → no3. */
    private final FlowGraph branches = flow().trigger("start").condition("cond").step("yes", "yes2", "no", "no2", "no3")
            .edge("start", "cond")
            .edge("cond", "yes", "true").edge("yes", "yes2")
            .edge("cond", "no", "false").edge("no", "no2").edge("no2", "no3").build();

    @Test
    void the_target_of_the_untaken_handle_is_skipped_not_failed() {
        Run run = aRun(branches);
        succeed(run, "start", at(1));
        succeed(run, "cond", "true", at(2));

        assertThat(ids(run.runnable(at(3)))).containsExactly("yes");

        StepState no = run.step("no");
        assertThat(no.status()).isEqualTo(StepStatus.SKIPPED);
        assertThat(no.error()).isNull();
        assertThat(no.attempt()).isZero();
        assertThat(no.startedAt()).isNull();
        assertThat(no.finishedAt()).isEqualTo(at(3));
        assertThat(run.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(run.error()).isNull();
    }

    @Test
    void skips_cascade_to_every_node_only_reachable_through_the_skipped_one() {
        Run run = aRun(branches);
        succeed(run, "start", at(1));
        succeed(run, "cond", "true", at(2));

        run.runnable(at(3));

        assertThat(statusOf(run, "no2")).isEqualTo(StepStatus.SKIPPED);
        assertThat(statusOf(run, "no3")).isEqualTo(StepStatus.SKIPPED);
        assertThat(statusOf(run, "yes")).isEqualTo(StepStatus.PENDING);
        assertThat(statusOf(run, "yes2")).isEqualTo(StepStatus.PENDING);
    }

    @Test
    void the_other_handle_skips_the_other_branch() {
        Run run = aRun(branches);
        succeed(run, "start", at(1));
        succeed(run, "cond", "false", at(2));

        assertThat(ids(run.runnable(at(3)))).containsExactly("no");
        assertThat(statusOf(run, "yes")).isEqualTo(StepStatus.SKIPPED);
        assertThat(statusOf(run, "yes2")).isEqualTo(StepStatus.SKIPPED);
        assertThat(statusOf(run, "no2")).isEqualTo(StepStatus.PENDING);
    }

    @Test
    void nothing_is_skipped_before_the_condition_has_settled() {
        Run run = aRun(branches);
        succeed(run, "start", at(1));
        run.startStep("cond", at(2));

        run.runnable(at(3));

        assertThat(run.steps()).filteredOn(step -> step.status() == StepStatus.SKIPPED).isEmpty();
    }

    @Test
    void a_join_reachable_from_both_branches_still_runs() {
        // start → cond; cond "true" → a → join; cond "false" → b → join
        Run run = aRun(flow().trigger("start").condition("cond").step("a", "b", "join")
                .edge("start", "cond").edge("cond", "a", "true").edge("cond", "b", "false")
                .edge("a", "join").edge("b", "join").build());
        succeed(run, "start", at(1));
        succeed(run, "cond", "true", at(2));
        assertThat(ids(run.runnable(at(3)))).containsExactly("a");
        assertThat(statusOf(run, "join")).isEqualTo(StepStatus.PENDING);

        succeed(run, "a", at(4));

        assertThat(ids(run.runnable(at(5)))).containsExactly("join");
        assertThat(statusOf(run, "b")).isEqualTo(StepStatus.SKIPPED);
    }

    @Test
    void a_join_fed_by_the_condition_and_by_the_skipped_branch_is_runnable_at_once() {
        // cond "true" → join directly; cond "false" → b → join
        Run run = aRun(flow().trigger("start").condition("cond").step("b", "join")
                .edge("start", "cond").edge("cond", "join", "true").edge("cond", "b", "false")
                .edge("b", "join").build());
        succeed(run, "start", at(1));
        succeed(run, "cond", "true", at(2));

        assertThat(ids(run.runnable(at(3)))).containsExactly("join");
        assertThat(statusOf(run, "b")).isEqualTo(StepStatus.SKIPPED);
    }
}
