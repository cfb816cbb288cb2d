package io.skillify.run.domain;

import static io.skillify.run.domain.RunFixtures.aRun;
import static io.skillify.run.domain.RunFixtures.at;
import static io.skillify.run.domain.RunFixtures.flow;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailingARunTest {

    @Test
    void a_queued_run_fails_for_a_reason_outside_its_steps_and_its_steps_are_cancelled() {
        Run run = aRun(flow().trigger("start").step("a").edge("start", "a").build());
        run.fail("the run's input could not be read back", at(1));
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.error()).isEqualTo("the run's input could not be read back");
        assertThat(run.steps()).allSatisfy(step -> assertThat(step.status()).isEqualTo(StepStatus.CANCELLED));
        assertThat(run.finishedAt()).isEqualTo(at(1));
    }
}
