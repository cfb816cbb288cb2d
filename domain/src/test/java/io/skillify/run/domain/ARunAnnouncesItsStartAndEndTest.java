package io.skillify.run.domain;

import static io.skillify.run.domain.RunFixtures.STEP;
import static io.skillify.run.domain.RunFixtures.TRIGGER;
import static io.skillify.run.domain.RunFixtures.aRun;
import static io.skillify.run.domain.RunFixtures.at;
import static io.skillify.run.domain.RunFixtures.flow;
import static io.skillify.run.domain.RunFixtures.restored;
import static io.skillify.run.domain.RunFixtures.succeed;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.automation.domain.flow.FlowGraph;
import io.skillify.automation.domain.nodetype.RetryPolicy;
import io.skillify.run.domain.event.RunFinished;
import io.skillify.run.domain.event.RunStarted;
import io.skillify.run.domain.event.StepOutcome;
import io.skillify.shared.domain.DomainEvent;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run raises one event when its first step starts and one when it ends, carrying what analytics counts. */
class ARunAnnouncesItsStartAndEndTest {

    /** start → a → b (b retries once). */
    private final FlowGraph flow = flow().trigger("start").step("a", "b").edge("start", "a").edge("a", "b").build();

    @Test
    void the_first_step_start_raises_run_started_once() {
        Run run = aRun(flow);
        succeed(run, "start", at(1));
        run.startStep("a", at(2));

        assertThat(run.takeEvents()).containsExactly(
                new RunStarted(run.workspaceId(), run.id(), run.automationId(), 1, RunFixtures.T0, at(1)));
        assertThat(run.takeEvents()).as("taken once").isEmpty();
    }

    @Test
    void the_end_raises_run_finished_with_status_times_duration_and_every_step_outcome() {
        Run run = aRun(flow);
        succeed(run, "start", at(1));
        succeed(run, "a", at(3));
        run.startStep("b", at(4));
        run.failStep("b", "flaky", true, RetryPolicy.exponential(2, Duration.ofSeconds(1), Duration.ofSeconds(1)),
                at(5));
        run.startStep("b", at(6));
        run.succeedStep("b", RunFixtures.OUTPUT, RunFixtures.DEFAULT, at(9));

        List<DomainEvent> events = run.takeEvents();

        assertThat(events).hasSize(2).first().isInstanceOf(RunStarted.class);
        RunFinished finished = (RunFinished) events.get(1);
        assertThat(finished.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(finished.error()).isNull();
        assertThat(finished.automationId()).isEqualTo(run.automationId());
        assertThat(finished.version()).isEqualTo(1);
        assertThat(finished.createdAt()).isEqualTo(RunFixtures.T0);
        assertThat(finished.startedAt()).isEqualTo(at(1));
        assertThat(finished.finishedAt()).isEqualTo(at(9));
        assertThat(finished.durationMs()).isEqualTo(8_000);
        assertThat(finished.steps()).containsExactly(
                new StepOutcome("start", TRIGGER, StepStatus.SUCCEEDED, 1, 0L),
                new StepOutcome("a", STEP, StepStatus.SUCCEEDED, 1, 0L),
                new StepOutcome("b", STEP, StepStatus.SUCCEEDED, 2, 5_000L));
    }

    @Test
    void a_cancelled_run_announces_its_end_and_steps_that_never_started_have_no_duration() {
        Run run = aRun(flow);
        succeed(run, "start", at(1));
        run.takeEvents();

        run.cancel(at(4));

        assertThat(run.takeEvents()).singleElement().isInstanceOfSatisfying(RunFinished.class, finished -> {
            assertThat(finished.status()).isEqualTo(RunStatus.CANCELLED);
            assertThat(finished.durationMs()).isEqualTo(3_000);
            assertThat(finished.steps()).extracting(StepOutcome::nodeId, StepOutcome::status, StepOutcome::durationMs)
                    .contains(org.assertj.core.groups.Tuple.tuple("b", StepStatus.CANCELLED, null));
        });
    }

    @Test
    void a_run_read_back_from_storage_raises_nothing_until_it_changes() {
        Run run = restored(flow, RunStatus.RUNNING);

        assertThat(run.takeEvents()).isEmpty();
    }
}
