package io.skillify.run.domain;

import static io.skillify.run.domain.RunFixtures.aRun;
import static io.skillify.run.domain.RunFixtures.at;
import static io.skillify.run.domain.RunFixtures.flow;
import static io.skillify.run.domain.RunFixtures.succeed;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.automation.domain.flow.FlowGraph;
import io.skillify.automation.domain.nodetype.RetryPolicy;
import io.skillify.shared.domain.json.JsonNumber;
import io.skillify.shared.domain.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A server's "retry after" stretches the wait before the next try, within what the step's retry policy allows. */
class RetryAfterTest {

    private static final RetryPolicy THREE_TRIES = RetryPolicy.exponential(3, Duration.ofSeconds(1), Duration.ofSeconds(30));

    private final FlowGraph flow = flow().trigger("start").step("a").edge("start", "a").build();
    private Run run;

    @BeforeEach
    void firstAttemptStarted() {
        run = aRun(flow);
        succeed(run, "start", at(1));
        run.startStep("a", at(2));
    }

    @Test
    void aRetryWaitsAsLongAsTheServerAskedWhenThatIsLongerThanTheBackoff() {
        run.failStep("a", "HTTP 429", true, null, Duration.ofSeconds(20), THREE_TRIES, at(10));

        assertThat(run.step("a").status()).isEqualTo(StepStatus.PENDING);
        assertThat(run.step("a").dueAt()).isEqualTo(at(10).plusSeconds(20));
    }

    @Test
    void aShorterRetryAfterKeepsTheBackoff() {
        run.failStep("a", "HTTP 503", true, null, Duration.ZERO, THREE_TRIES, at(10));

        assertThat(run.step("a").dueAt()).isEqualTo(at(10).plusSeconds(1));
    }

    @Test
    void aRetryAfterBeyondTheLongestWaitFailsTheStepSayingWhy() {
        run.failStep("a", "HTTP 503", true, null, Duration.ofHours(1), THREE_TRIES, at(10));

        assertThat(run.step("a").status()).isEqualTo(StepStatus.FAILED);
        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.step("a").error()).contains("retry after 3600 s").contains("30 s");
    }

    @Test
    void aStepThatFailsForGoodKeepsWhatItSaw() {
        JsonObject response = new JsonObject(Map.of("status", JsonNumber.of(404)));

        run.failStep("a", "HTTP 404", false, response, null, THREE_TRIES, at(10));

        assertThat(run.step("a").output()).isEqualTo(response);
        assertThat(run.step("a").error()).isEqualTo("HTTP 404");
    }
}
