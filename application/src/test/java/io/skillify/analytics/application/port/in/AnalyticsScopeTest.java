package io.skillify.analytics.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AnalyticsScopeTest {

    private static final WorkspaceId WORKSPACE = new WorkspaceId(UUID.randomUUID());

    @Test
    void datesAreDaysOfTheZoneAndADateToIncludesItsDay() {
        AnalyticsScope scope = AnalyticsScope.parse(WORKSPACE, "2026-03-07", "2026-03-08", "America/New_York", null);

        assertThat(scope.from()).contains(Instant.parse("2026-03-07T05:00:00Z"));
        assertThat(scope.to()).contains(Instant.parse("2026-03-09T04:00:00Z"));
        assertThat(scope.tz()).isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    void instantsAndOffsetsAreTakenAsGivenAndNothingGivenMeansUtcAndDefaults() {
        AnalyticsScope scope = AnalyticsScope.parse(WORKSPACE, "2026-03-07T10:15:00+05:45", null, null, null);

        assertThat(scope.from()).contains(Instant.parse("2026-03-07T04:30:00Z"));
        assertThat(scope.to()).isEmpty();
        assertThat(scope.tz()).isEqualTo(ZoneId.of("UTC"));
        assertThat(scope.automationId()).isEmpty();
    }

    @Test
    void canonicalFillsTheDefaultsAtNowAndWidensToWholeQuarters_soEqualQuestionsAreEqual() {
        Instant now = Instant.parse("2026-03-07T10:07:30Z");
        AnalyticsScope defaults = AnalyticsScope.parse(WORKSPACE, null, null, null, null);

        AnalyticsScope canonical = defaults.canonical(now);

        assertThat(canonical.to()).contains(Instant.parse("2026-03-07T10:15:00Z"));
        assertThat(canonical.from()).contains(Instant.parse("2026-02-05T10:00:00Z"));
        assertThat(defaults.canonical(now.plusSeconds(60))).isEqualTo(canonical);
        AnalyticsScope exact = AnalyticsScope.parse(WORKSPACE, "2026-03-01T00:00:00Z", "2026-03-02T00:00:00Z", null,
                null);
        assertThat(exact.canonical(now)).isEqualTo(exact);
    }

    @Test
    void badInputNamesTheParameter() {
        assertRefused(() -> AnalyticsScope.parse(WORKSPACE, null, null, "Mars/Olympus", null), "tz");
        assertRefused(() -> AnalyticsScope.parse(WORKSPACE, "yesterday", null, null, null), "from");
        assertRefused(() -> AnalyticsScope.parse(WORKSPACE, null, "2026-13-01", null, null), "to");
        assertRefused(() -> AnalyticsScope.parse(WORKSPACE, "2026-03-02", "2026-03-01", null, null), "from");
        assertRefused(() -> AnalyticsScope.parse(WORKSPACE, null, null, null, "nope"), "automationId");
        assertRefused(() -> AnalyticsScope.parse(WORKSPACE, "0001-01-01", null, null, null), "from");
        assertRefused(() -> AnalyticsScope.parse(WORKSPACE, null, "+200000-01-01T00:00:00Z", null, null), "to");
        assertRefused(() -> AnalyticsScope.parse(WORKSPACE, "1970-01-01", "9999-12-31", null, null), "to");
    }

    private static void assertRefused(Runnable parse, String path) {
        assertThatThrownBy(parse::run).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.problems()).extracting(problem -> problem.path()).containsExactly(path));
    }
}
