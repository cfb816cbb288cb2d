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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetriesWithBackoffTest {

    private static final RetryPolicy THREE_TRIES = RetryPolicy.exponential(3, Duration.ofSeconds(1), Duration.ofSeconds(30));

    private final FlowGraph flow = flow().trigger("start").step("a", "b").edge("start", "a").edge("a", "b").build();
    private Run run;

    @BeforeEach
    void triggerSucceeded() {
        run = aRun(flow);
        succeed(run, "start", at(1));
    }

    @Test
    void a_retryable_failure_puts_the_step_back_after_the_first_backoff() {
        Instant failedAt = at(10);
        run.startStep("a", at(9));

        run.failStep("a", "503 from upstream", true, THREE_TRIES, failedAt);

        StepState a = run.step("a");
        assertThat(a.status()).isEqualTo(StepStatus.PENDING);
        assertThat(a.attempt()).isEqualTo(1);
        assertThat(a.dueAt()).isEqualTo(failedAt.plusSeconds(1));
        assertThat(a.error()).isEqualTo("503 from upstream");
        assertThat(a.finishedAt()).isNull();
        assertThat(run.status()).isEqualTo(RunStatus.RUNNING);
        assertThat(run.error()).isNull();
        assertThat(run.nextDueAt()).isEqualTo(failedAt.plusSeconds(1));
    }

    @Test
    void a_step_waiting_for_its_retry_is_not_runnable_before_its_due_time() {
        run.startStep("a", at(10));
        run.failStep("a", "503", true, THREE_TRIES, at(10));

        assertThat(run.runnable(at(10))).isEmpty();
        assertThat(run.runnable(at(11).minusMillis(1))).isEmpty();
    }

    @Test
    void a_step_waiting_for_its_retry_is_runnable_at_and_after_its_due_time() {
        run.startStep("a", at(10));
        run.failStep("a", "503", true, THREE_TRIES, at(10));

        assertThat(ids(run.runnable(at(11)))).containsExactly("a");
        assertThat(ids(run.runnable(at(60)))).containsExactly("a");
    }

    @Test
    void the_backoff_doubles_after_the_second_failure() {
        run.startStep("a", at(10));
        run.failStep("a", "503", true, THREE_TRIES, at(10));
        run.startStep("a", at(11));
        assertThat(run.step("a").attempt()).isEqualTo(2);
        assertThat(run.step("a").dueAt()).isNull();
        assertThat(run.nextDueAt()).isNull();

        run.failStep("a", "503 again", true, THREE_TRIES, at(20));

        StepState a = run.step("a");
        assertThat(a.status()).isEqualTo(StepStatus.PENDING);
        assertThat(a.attempt()).isEqualTo(2);
        assertThat(a.dueAt()).isEqualTo(at(22));
        assertThat(a.error()).isEqualTo("503 again");
        assertThat(a.startedAt()).isEqualTo(at(10));
        assertThat(run.nextDueAt()).isEqualTo(at(22));
        assertThat(run.runnable(at(21))).isEmpty();
        assertThat(ids(run.runnable(at(22)))).containsExactly("a");
    }

    @Test
    void the_third_failed_attempt_fails_the_step_for_good() {
        run.startStep("a", at(10));
        run.failStep("a", "503", true, THREE_TRIES, at(10));
        run.startStep("a", at(11));
        run.failStep("a", "503", true, THREE_TRIES, at(11));
        run.startStep("a", at(13));

        run.failStep("a", "still 503", true, THREE_TRIES, at(14));

        StepState a = run.step("a");
        assertThat(a.status()).isEqualTo(StepStatus.FAILED);
        assertThat(a.attempt()).isEqualTo(3);
        assertThat(a.error()).isEqualTo("still 503");
        assertThat(a.dueAt()).isNull();
        assertThat(a.finishedAt()).isEqualTo(at(14));
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.nextDueAt()).isNull();
        assertThat(run.runnable(at(100))).isEmpty();
    }

    @Test
    void a_non_retryable_failure_fails_at_once_even_with_attempts_left() {
        run.startStep("a", at(10));

        run.failStep("a", "400 bad request", false, THREE_TRIES, at(10));

        assertThat(run.step("a").status()).isEqualTo(StepStatus.FAILED);
        assertThat(run.step("a").attempt()).isEqualTo(1);
        assertThat(run.step("a").dueAt()).isNull();
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.nextDueAt()).isNull();
    }

    @Test
    void a_retryable_failure_under_a_single_attempt_policy_fails_at_once() {
        run.startStep("a", at(10));

        run.failStep("a", "503", true, RetryPolicy.ONCE, at(10));

        assertThat(run.step("a").status()).isEqualTo(StepStatus.FAILED);
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
    }

    @Test
    void a_retried_step_that_succeeds_lets_the_run_go_on() {
        run.startStep("a", at(10));
        run.failStep("a", "503", true, THREE_TRIES, at(10));
        run.startStep("a", at(11));

        run.succeedStep("a", RunFixtures.OUTPUT, RunFixtures.DEFAULT, at(12));

        assertThat(run.step("a").status()).isEqualTo(StepStatus.SUCCEEDED);
        assertThat(run.step("a").attempt()).isEqualTo(2);
        assertThat(run.step("a").error()).isNull();
        assertThat(ids(run.runnable(at(12)))).containsExactly("b");
    }

    @ParameterizedTest(name = "after {0} attempts: {1} ms")
    @CsvSource({
            "0, 1000",
            "1, 1000",
            "2, 2000",
            "3, 4000",
            "4, 8000",
            "5, 16000",
            "6, 30000",
            "7, 30000",
            "100, 30000",
            "5000, 30000"})
    void the_backoff_doubles_per_attempt_and_is_capped_at_the_maximum(int attemptsMade, long millis) {
        assertThat(Run.backoff(RetryPolicy.exponential(10, Duration.ofSeconds(1), Duration.ofSeconds(30)), attemptsMade))
                .isEqualTo(Duration.ofMillis(millis));
    }

    @Test
    void the_first_backoff_is_capped_too_when_it_exceeds_the_maximum() {
        assertThat(Run.backoff(RetryPolicy.exponential(3, Duration.ofMinutes(5), Duration.ofMinutes(1)), 1))
                .isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void a_multiplier_of_one_keeps_the_backoff_constant() {
        RetryPolicy constant = new RetryPolicy(5, Duration.ofMillis(250), 1.0, Duration.ofSeconds(10));

        assertThat(Run.backoff(constant, 1)).isEqualTo(Duration.ofMillis(250));
        assertThat(Run.backoff(constant, 4)).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void a_zero_backoff_retries_at_once() {
        RetryPolicy immediate = new RetryPolicy(3, Duration.ZERO, 2.0, Duration.ZERO);

        assertThat(Run.backoff(immediate, 2)).isEqualTo(Duration.ZERO);
        assertThat(Run.backoff(RetryPolicy.ONCE, 1)).isEqualTo(Duration.ZERO);
    }
}
