package io.skillify.run.domain;

import static io.skillify.run.domain.RunFixtures.OUTPUT;
import static io.skillify.run.domain.RunFixtures.aRun;
import static io.skillify.run.domain.RunFixtures.at;
import static io.skillify.run.domain.RunFixtures.flow;
import static io.skillify.run.domain.RunFixtures.statusOf;
import static io.skillify.run.domain.RunFixtures.succeed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.automation.domain.nodetype.RetryPolicy;
import org.junit.jupiter.api.Test;

/** A run that ended (cancelled, failed, succeeded) takes no late step results: its outcome never changes. */
class FinishedRunsRefuseLateResultsTest {

    private Run cancelledWhileAWasRunning() {
        Run run = aRun(flow().trigger("start").step("a").edge("start", "a").build());
        succeed(run, "start", at(1));
        run.startStep("a", at(2));
        run.cancel(at(3));
        return run;
    }

    @Test
    void a_late_failure_does_not_turn_a_cancelled_run_into_a_failed_one() {
        Run run = cancelledWhileAWasRunning();
        assertThatThrownBy(() -> run.failStep("a", "late failure", false, RetryPolicy.ONCE, at(4)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(run.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(run.error()).isNull();
        assertThat(run.finishedAt()).isEqualTo(at(3));
    }

    @Test
    void a_late_success_or_wait_does_not_revive_a_cancelled_step() {
        Run run = cancelledWhileAWasRunning();
        assertThatThrownBy(() -> run.succeedStep("a", OUTPUT, "default", at(4)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> run.waitStep("a", at(60))).isInstanceOf(IllegalStateException.class);
        assertThat(statusOf(run, "a")).isEqualTo(StepStatus.CANCELLED);
    }
}
