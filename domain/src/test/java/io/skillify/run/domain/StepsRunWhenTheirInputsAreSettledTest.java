package io.skillify.run.domain;

import static io.skillify.run.domain.RunFixtures.aRun;
import static io.skillify.run.domain.RunFixtures.at;
import static io.skillify.run.domain.RunFixtures.flow;
import static io.skillify.run.domain.RunFixtures.ids;
import static io.skillify.run.domain.RunFixtures.statusOf;
import static io.skillify.run.domain.RunFixtures.succeed;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.automation.domain.flow.FlowGraph;
import io.skillify.automation.domain.nodetype.RetryPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StepsRunWhenTheirInputsAreSettledTest {

    /** start → a, start → b, a → join, b → join. */
    private final FlowGraph diamond = flow().trigger("start").step("a", "b", "join")
            .edge("start", "a").edge("start", "b").edge("a", "join").edge("b", "join").build();

    @Test
    void the_successor_of_a_succeeded_trigger_is_runnable() {
        Run run = aRun(flow().trigger("start").step("a", "b").edge("start", "a").edge("a", "b").build());

        succeed(run, "start", at(1));

        assertThat(ids(run.runnable(at(2)))).containsExactly("a");
    }

    @Test
    void every_successor_of_a_fork_is_runnable_together() {
        Run run = aRun(diamond);

        succeed(run, "start", at(1));

        assertThat(ids(run.runnable(at(2)))).containsExactly("a", "b");
    }

    @Test
    void a_join_waits_while_one_of_its_inputs_has_not_run() {
        Run run = aRun(diamond);
        succeed(run, "start", at(1));

        succeed(run, "a", at(2));

        assertThat(ids(run.runnable(at(3)))).containsExactly("b");
        assertThat(statusOf(run, "join")).isEqualTo(StepStatus.PENDING);
    }

    @Test
    void a_join_waits_while_one_of_its_inputs_is_still_running() {
        Run run = aRun(diamond);
        succeed(run, "start", at(1));
        run.startStep("b", at(2));

        succeed(run, "a", at(3));

        // b (started, no outcome yet) is the engine's to finish; the join d is not runnable
        assertThat(ids(run.runnable(at(4)))).containsExactly("b");
    }

    @Test
    void a_join_waits_while_one_of_its_inputs_waits_for_a_retry() {
        Run run = aRun(diamond);
        succeed(run, "start", at(1));
        run.startStep("b", at(2));
        run.failStep("b", "timeout", true, RetryPolicy.exponential(3, Duration.ofSeconds(60), Duration.ofMinutes(5)),
                at(2));

        succeed(run, "a", at(3));

        assertThat(run.runnable(at(4))).isEmpty();
    }

    @Test
    void a_join_runs_once_both_inputs_are_settled() {
        Run run = aRun(diamond);
        succeed(run, "start", at(1));
        succeed(run, "a", at(2));

        succeed(run, "b", at(3));

        assertThat(ids(run.runnable(at(4)))).containsExactly("join");
    }

    @Test
    void a_join_runs_when_only_one_of_its_settled_inputs_was_taken() {
        // start → c, start → b; c leaves by "true" into join, b by default into join
        Run run = aRun(flow().trigger("start").condition("c").step("b", "join")
                .edge("start", "c").edge("start", "b").edge("c", "join", "true").edge("b", "join").build());
        succeed(run, "start", at(1));
        succeed(run, "c", "false", at(2));

        succeed(run, "b", at(3));

        assertThat(ids(run.runnable(at(4)))).containsExactly("join");
    }

    @Test
    void a_join_none_of_whose_settled_inputs_was_taken_is_skipped() {
        Run run = aRun(flow().trigger("start").condition("c1").condition("c2").step("join", "after")
                .edge("start", "c1").edge("start", "c2")
                .edge("c1", "join", "true").edge("c2", "join", "true").edge("join", "after").build());
        succeed(run, "start", at(1));
        succeed(run, "c1", "false", at(2));

        succeed(run, "c2", "false", at(3));

        assertThat(run.runnable(at(4))).isEmpty();
        assertThat(statusOf(run, "join")).isEqualTo(StepStatus.SKIPPED);
        assertThat(statusOf(run, "after")).isEqualTo(StepStatus.SKIPPED);
    }

    @Test
    void a_step_left_by_a_handle_no_edge_follows_takes_none_of_its_edges() {
        Run run = aRun(flow().trigger("start").step("a").edge("start", "a").build());

        succeed(run, "start", "other", at(1));

        assertThat(run.runnable(at(2))).isEmpty();
        assertThat(statusOf(run, "a")).isEqualTo(StepStatus.SKIPPED);
    }
}
