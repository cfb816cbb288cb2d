package io.skillify.run.domain;

import static io.skillify.run.domain.RunFixtures.aRun;
import static io.skillify.run.domain.RunFixtures.at;
import static io.skillify.run.domain.RunFixtures.flow;
import static io.skillify.run.domain.RunFixtures.statusOf;
import static io.skillify.run.domain.RunFixtures.succeed;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.automation.domain.flow.FlowGraph;
import io.skillify.automation.domain.nodetype.RetryPolicy;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AFailedStepFailsTheRunTest {

    /** start → a → c; start → b; start → r; start → w. */
    private final FlowGraph flow = flow().trigger("start").step("a", "b", "c", "r").delay("w")
            .edge("start", "a").edge("a", "c").edge("start", "b").edge("start", "r").edge("start", "w").build();
    private Run run;

    @BeforeEach
    void severalStepsUnderWay() {
        run = aRun(flow);
        succeed(run, "start", at(1));
        run.startStep("a", at(2));
        run.startStep("b", at(2));
        run.startStep("r", at(2));
        run.failStep("r", "flaky", true, RetryPolicy.exponential(3, Duration.ofSeconds(5), Duration.ofSeconds(60)),
                at(3));
        run.startStep("w", at(3));
        run.waitStep("w", at(3600));
    }

    @Test
    void the_run_fails_with_an_error_naming_the_node() {
        run.failStep("a", "connection refused", false, RetryPolicy.ONCE, at(4));

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.error()).contains("'a'").contains("connection refused");
        assertThat(run.finishedAt()).isEqualTo(at(4));
        assertThat(run.startedAt()).isEqualTo(at(1));
    }

    @Test
    void the_failed_step_keeps_its_error() {
        run.failStep("a", "connection refused", false, RetryPolicy.ONCE, at(4));

        StepState a = run.step("a");
        assertThat(a.status()).isEqualTo(StepStatus.FAILED);
        assertThat(a.error()).isEqualTo("connection refused");
        assertThat(a.finishedAt()).isEqualTo(at(4));
    }

    @Test
    void every_step_not_finished_is_cancelled() {
        run.failStep("a", "connection refused", false, RetryPolicy.ONCE, at(4));

        assertThat(statusOf(run, "b")).as("running").isEqualTo(StepStatus.CANCELLED);
        assertThat(statusOf(run, "c")).as("pending").isEqualTo(StepStatus.CANCELLED);
        assertThat(statusOf(run, "r")).as("waiting for a retry").isEqualTo(StepStatus.CANCELLED);
        assertThat(statusOf(run, "w")).as("waiting for a timer").isEqualTo(StepStatus.CANCELLED);
        assertThat(run.step("c").finishedAt()).isEqualTo(at(4));
        assertThat(run.step("r").dueAt()).isNull();
        assertThat(run.step("w").dueAt()).isNull();
    }

    @Test
    void finished_steps_keep_their_outcome() {
        run.failStep("a", "connection refused", false, RetryPolicy.ONCE, at(4));

        assertThat(statusOf(run, "start")).isEqualTo(StepStatus.SUCCEEDED);
        assertThat(run.step("start").output()).isEqualTo(RunFixtures.OUTPUT);
        assertThat(run.step("start").finishedAt()).isEqualTo(at(1));
    }

    @Test
    void a_failed_run_has_nothing_left_to_run_or_wake() {
        run.failStep("a", "connection refused", false, RetryPolicy.ONCE, at(4));

        assertThat(run.runnable(at(5))).isEmpty();
        assertThat(run.runnable(at(100_000))).isEmpty();
        assertThat(run.dueWaits(at(100_000))).isEmpty();
        assertThat(run.nextDueAt()).isNull();
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    }
}
