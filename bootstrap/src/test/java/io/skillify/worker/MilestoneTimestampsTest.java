package io.skillify.worker;

import static io.skillify.support.ErrorAssertions.assertError;
import static io.skillify.support.ErrorAssertions.detailPaths;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A milestone's timestamp is ISO-8601 text or epoch milliseconds, what {@code Date.now()} gives a runner. */
class MilestoneTimestampsTest extends IntegrationTest {

    private String claimedWorker(Caller bot) {
        UUID workspace = newWorkspace(bot);
        WorkerProtocolTest.createTask(bot, workspace, "milestones", 0, List.of());
        return "/api/workers/" + WorkerProtocolTest.claim(bot, Map.of()).getFirst().get("id").asString();
    }

    @Test
    void epochMillisecondsAndIsoTextAreTheSameMoment() {
        Caller bot = newAccount("milestone-reporter");
        String worker = claimedWorker(bot);
        Instant moment = Instant.parse("2026-12-07T10:15:30.123Z");

        ApiResponse patched = bot.api().patch(worker, Map.of("milestones", List.of(
                Map.of("label", "cloned", "timestamp", moment.toEpochMilli()),
                Map.of("label", "built", "timestamp", "2026-12-07T10:15:30.123Z"),
                Map.of("label", "tested", "timestamp", "2026-12-07T11:15:30.123+01:00"))));

        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        List<JsonNode> milestones = bot.api().get(worker).json().get("milestones").valueStream().toList();
        assertThat(milestones).extracting(m -> Instant.parse(m.get("timestamp").asString()))
                .containsExactly(moment, moment, moment);
    }

    @Test
    void aTimestampThatIsNeitherIsRefusedNamingIt() {
        Caller bot = newAccount("milestone-sloppy");
        String worker = claimedWorker(bot);

        for (Object timestamp : List.of("yesterday", 1.5, true, Map.of())) {
            ApiResponse refused = assertError(bot.api().patch(worker,
                    Map.of("milestones", List.of(Map.of("label", "x", "timestamp", timestamp)))), 400);
            assertThat(detailPaths(refused)).as(refused.toString()).containsExactly("milestones[0].timestamp");
        }
    }
}
