package io.skillify.run.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.automation.domain.nodetype.StepResult;
import io.skillify.run.domain.RunId;
import io.skillify.shared.domain.json.JsonNumber;
import io.skillify.shared.domain.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every attempt is bounded by the node's {@code timeoutMs}, or its type's default timeout. */
class AttemptTimeoutTest {

    private final ScheduledExecutorService alarms = Executors.newSingleThreadScheduledExecutor();
    private final InFlightSteps inFlight = new InFlightSteps(alarms);

    @AfterEach
    void stop() {
        alarms.shutdownNow();
    }

    @Test
    void theNodesTimeoutMsOverridesTheTypesDefault() {
        AttemptTimeout limit = AttemptTimeout.of(new JsonObject(Map.of("timeoutMs", JsonNumber.of(250))),
                Duration.ofSeconds(30));

        assertThat(limit.limit()).isEqualTo(Duration.ofMillis(250));
        assertThat(AttemptTimeout.of(JsonObject.EMPTY, Duration.ofSeconds(30)).limit())
                .isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void anAttemptThatBlocksPastItsLimitIsInterruptedAndFailsSayingSo() {
        StepResult result = inFlight.execute(new RunId(UUID.randomUUID()),
                AttemptTimeout.of(new JsonObject(Map.of("timeoutMs", JsonNumber.of(50))), Duration.ofSeconds(30)),
                AttemptTimeoutTest::blockUntilInterrupted);

        assertThat(result).isInstanceOf(StepResult.Failed.class);
        StepResult.Failed failed = (StepResult.Failed) result;
        assertThat(failed.error()).isEqualTo("the attempt did not finish within its time limit of 50 ms (the node's timeoutMs)");
        assertThat(failed.retryable()).isTrue();
        assertThat(Thread.currentThread().isInterrupted()).as("the interrupt never outlives the step").isFalse();
    }

    @Test
    void anAttemptWithinItsLimitKeepsItsResult() {
        StepResult done = StepResult.completed(JsonObject.EMPTY);

        assertThat(inFlight.execute(new RunId(UUID.randomUUID()),
                AttemptTimeout.of(JsonObject.EMPTY, Duration.ofSeconds(30)), () -> done)).isSameAs(done);
    }

    private static StepResult blockUntilInterrupted() {
        try {
            new CountDownLatch(1).await();
            return StepResult.completed(JsonObject.EMPTY);
        } catch (InterruptedException interrupted) {
            return StepResult.failed("interrupted", false);
        }
    }
}
