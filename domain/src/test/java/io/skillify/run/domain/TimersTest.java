package io.skillify.run.domain;

import static io.skillify.run.domain.RunFixtures.aRun;
import static io.skillify.run.domain.RunFixtures.at;
import static io.skillify.run.domain.RunFixtures.flow;
import static io.skillify.run.domain.RunFixtures.ids;
import static io.skillify.run.domain.RunFixtures.succeed;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.automation.domain.flow.FlowGraph;
import io.skillify.automation.domain.nodetype.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TimersTest {

    private static final Instant UNTIL = at(3600);

    /** start → wait → after; start → other. */
    private final FlowGraph flow = flow().trigger("start").delay("wait").step("after", "other")
            .edge("start", "wait").edge("wait", "after").edge("start", "other").build();
    private Run run;

    @BeforeEach
    void triggerSucceeded() {
        run = aRun(flow);
        succeed(run, "start", at(1));
        run.startStep("wait", at(2));
    }

    @Test
    void a_waiting_step_is_waiting_until_its_time() {
        run.waitStep("wait", UNTIL);

        StepState wait = run.step("wait");
        assertThat(wait.status()).isEqualTo(StepStatus.WAITING);
        assertThat(wait.dueAt()).isEqualTo(UNTIL);
        assertThat(wait.attempt()).isEqualTo(1);
        assertThat(wait.startedAt()).isEqualTo(at(2));
        assertThat(wait.finishedAt()).isNull();
        assertThat(run.status()).isEqualTo(RunStatus.RUNNING);
    }

    @Test
    void no_wait_is_due_before_its_time() {
        run.waitStep("wait", UNTIL);

        assertThat(run.dueWaits(at(2))).isEmpty();
        assertThat(run.dueWaits(UNTIL.minusMillis(1))).isEmpty();
    }

    @Test
    void the_wait_is_due_at_and_after_its_time() {
        run.waitStep("wait", UNTIL);

        assertThat(ids(run.dueWaits(UNTIL))).containsExactly("wait");
        assertThat(ids(run.dueWaits(UNTIL.plusSeconds(86_400)))).containsExactly("wait");
    }

    @Test
    void the_next_due_time_is_the_end_of_the_wait() {
        run.waitStep("wait", UNTIL);

        assertThat(run.nextDueAt()).isEqualTo(UNTIL);
    }

    @Test
    void the_next_due_time_is_the_earliest_of_waits_and_retries() {
        run.waitStep("wait", UNTIL);
        run.startStep("other", at(3));
        run.failStep("other", "503", true, RetryPolicy.exponential(3, Duration.ofSeconds(10), Duration.ofMinutes(1)),
                at(4));

        assertThat(run.nextDueAt()).isEqualTo(at(14));

        run.startStep("other", at(14));

        assertThat(run.nextDueAt()).isEqualTo(UNTIL);
    }

    @Test
    void a_waiting_step_is_neither_runnable_nor_lets_its_successor_run() {
        run.waitStep("wait", UNTIL);

        assertThat(ids(run.runnable(UNTIL.plusSeconds(1)))).containsExactly("other");
    }

    @Test
    void a_waiting_step_keeps_the_run_open() {
        run.waitStep("wait", UNTIL);

        succeed(run, "other", at(5));

        assertThat(run.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(run.finishedAt()).isNull();
    }

    @Test
    void when_the_wait_is_over_and_the_step_succeeds_its_successor_runs_and_nothing_is_due() {
        run.waitStep("wait", UNTIL);

        run.succeedStep("wait", RunFixtures.OUTPUT, RunFixtures.DEFAULT, UNTIL);

        assertThat(run.dueWaits(UNTIL)).isEmpty();
        assertThat(run.nextDueAt()).isNull();
        assertThat(run.step("wait").dueAt()).isNull();
        assertThat(ids(run.runnable(UNTIL))).containsExactly("after", "other");
    }

    @Test
    void nothing_is_due_without_timers_or_retries() {
        assertThat(run.nextDueAt()).isNull();
        assertThat(run.dueWaits(at(100_000))).isEmpty();
    }
}
