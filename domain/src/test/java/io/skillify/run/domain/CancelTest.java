package io.skillify.run.domain;

import static io.skillify.run.domain.RunFixtures.aRun;
import static io.skillify.run.domain.RunFixtures.at;
import static io.skillify.run.domain.RunFixtures.flow;
import static io.skillify.run.domain.RunFixtures.statusOf;
import static io.skillify.run.domain.RunFixtures.succeed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.automation.domain.flow.FlowGraph;
import io.skillify.automation.domain.nodetype.RetryPolicy;
import io.skillify.shared.domain.ConflictException;
import io.skillify.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

class CancelTest {

    /** start → a → c; start → b; start → w. */
    private final FlowGraph flow = flow().trigger("start").step("a", "b", "c").delay("w")
            .edge("start", "a").edge("a", "c").edge("start", "b").edge("start", "w").build();

    @Test
    void cancelling_a_running_run_cancels_it_and_its_open_steps() {
        Run run = aRun(flow);
        succeed(run, "start", at(1));
        succeed(run, "b", at(2));
        run.startStep("a", at(3));
        run.startStep("w", at(3));
        run.waitStep("w", at(600));

        run.cancel(at(10));

        assertThat(run.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(run.finishedAt()).isEqualTo(at(10));
        assertThat(run.startedAt()).isEqualTo(at(1));
        assertThat(run.error()).isNull();
        assertThat(statusOf(run, "a")).as("running").isEqualTo(StepStatus.CANCELLED);
        assertThat(statusOf(run, "c")).as("pending").isEqualTo(StepStatus.CANCELLED);
        assertThat(statusOf(run, "w")).as("waiting").isEqualTo(StepStatus.CANCELLED);
        assertThat(run.step("a").finishedAt()).isEqualTo(at(10));
        assertThat(statusOf(run, "start")).isEqualTo(StepStatus.SUCCEEDED);
        assertThat(statusOf(run, "b")).isEqualTo(StepStatus.SUCCEEDED);
    }

    @Test
    void a_cancelled_run_has_nothing_left_to_run_or_wake() {
        Run run = aRun(flow);
        succeed(run, "start", at(1));
        run.startStep("w", at(3));
        run.waitStep("w", at(600));

        run.cancel(at(10));

        assertThat(run.runnable(at(11))).isEmpty();
        assertThat(run.dueWaits(at(601))).isEmpty();
        assertThat(run.nextDueAt()).isNull();
    }

    @Test
    void a_queued_run_can_be_cancelled() {
        Run run = aRun(flow);

        run.cancel(at(1));

        assertThat(run.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(run.finishedAt()).isEqualTo(at(1));
        assertThat(run.steps()).allSatisfy(step -> assertThat(step.status()).isEqualTo(StepStatus.CANCELLED));
        assertThat(run.runnable(at(2))).isEmpty();
    }

    @Test
    void a_cancelled_run_starts_no_step() {
        Run run = aRun(flow);
        run.cancel(at(1));

        assertThatThrownBy(() -> run.startStep("start", at(2))).isInstanceOf(IllegalStateException.class);
        assertThat(statusOf(run, "start")).isEqualTo(StepStatus.CANCELLED);
    }

    @Test
    void cancelling_a_succeeded_run_is_a_conflict() {
        Run run = aRun(flow().trigger("start").build());
        succeed(run, "start", at(1));

        assertThatThrownBy(() -> run.cancel(at(2)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.getMessage()).contains("succeeded");
                });
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.finishedAt()).isEqualTo(at(1));
    }

    @Test
    void cancelling_a_failed_run_is_a_conflict_and_keeps_its_error() {
        Run run = aRun(flow);
        succeed(run, "start", at(1));
        run.startStep("a", at(2));
        run.failStep("a", "boom", false, RetryPolicy.ONCE, at(3));

        assertThatThrownBy(() -> run.cancel(at(4))).isInstanceOf(ConflictException.class);
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.error()).contains("boom");
        assertThat(run.finishedAt()).isEqualTo(at(3));
    }

    @Test
    void cancelling_twice_is_a_conflict() {
        Run run = aRun(flow);
        run.cancel(at(1));

        assertThatThrownBy(() -> run.cancel(at(2)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("cancelled");
        assertThat(run.finishedAt()).isEqualTo(at(1));
    }
}
