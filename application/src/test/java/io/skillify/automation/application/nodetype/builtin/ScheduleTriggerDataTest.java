package io.skillify.automation.application.nodetype.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.automation.application.port.in.ScheduleSettings;
import io.skillify.shared.application.json.JsonDocuments;
import io.skillify.shared.domain.Problem;
import io.skillify.shared.domain.json.JsonObject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleTriggerDataTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:15:30Z"), ZoneOffset.UTC);
    private final ScheduleTrigger trigger = new ScheduleTrigger(ScheduleSettings.DEFAULT, CLOCK);

    private List<Problem> check(String cron) {
        JsonObject data = (JsonObject) JsonDocuments.parseTrusted("{\"cron\": \"" + cron + "\"}");
        return trigger.checkData(data, "nodes[0].data");
    }

    @Test
    void cronsThatNeverFireFireTooOftenOrCannotBeComputedAreProblemsOfTheCronField() {
        for (String cron : List.of("0 0 0 30 2 ?", "0 0 0 31W * ?", "* * * * * *", "*/10 * * * * *", "61 * * * *")) {
            assertThat(check(cron)).as(cron).singleElement()
                    .satisfies(problem -> assertThat(problem.path()).isEqualTo("nodes[0].data.cron"))
                    .satisfies(problem -> assertThat(problem.message()).doesNotContain("Exception", "java."));
        }
    }

    @Test
    void ordinaryCronsPass() {
        assertThat(check("*/15 * * * *")).isEmpty();
        assertThat(check("0 * * * * *")).isEmpty();
    }

    @Test
    void aLowerMinimumAllowsSecondLevelCrons() {
        ScheduleTrigger everySecondAllowed = new ScheduleTrigger(new ScheduleSettings(Duration.ofSeconds(1)), CLOCK);
        JsonObject data = (JsonObject) JsonDocuments.parseTrusted("{\"cron\": \"* * * * * *\"}");
        assertThat(everySecondAllowed.checkData(data, "nodes[0].data")).isEmpty();
    }
}
