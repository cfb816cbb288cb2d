package io.skillify.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Which stored rows a window may group: hours only where every local hour starts on a whole UTC hour. */
class AnalyticsWindowRowGrainTest {

    @Test
    void utcAndNewYorkAcrossBothDaylightSavingChangesReadHours() {
        assertThat(window("2026-01-01T00:00:00Z", "2026-12-31T00:00:00Z", ZoneOffset.UTC).rowGrain())
                .isEqualTo(Grain.HOUR);
        assertThat(window("2026-01-01T00:00:00Z", "2026-12-31T00:00:00Z", ZoneId.of("America/New_York")).rowGrain())
                .isEqualTo(Grain.HOUR);
    }

    @Test
    void halfAndQuarterHourZonesReadQuarters() {
        for (String zone : new String[] {"Asia/Kathmandu", "Asia/Kolkata", "Australia/Adelaide", "+05:45"}) {
            assertThat(window("2026-05-01T00:00:00Z", "2026-05-02T00:00:00Z", ZoneId.of(zone)).rowGrain())
                    .as(zone).isEqualTo(Grain.QUARTER);
        }
    }

    @Test
    void aZoneThatOnlyLaterMovesToAHalfHourOffsetReadsQuartersOnceTheWindowReachesTheChange() {
        // Lord Howe Island: +10:30 in winter, +11:00 in summer (a 30-minute daylight-saving change on 4 October 2026)
        ZoneId lordHowe = ZoneId.of("Australia/Lord_Howe");
        assertThat(window("2026-10-04T12:00:00Z", "2026-11-01T00:00:00Z", lordHowe).rowGrain())
                .isEqualTo(Grain.HOUR);
        assertThat(window("2026-09-01T00:00:00Z", "2026-11-01T00:00:00Z", lordHowe).rowGrain())
                .isEqualTo(Grain.QUARTER);
    }

    @Test
    void anHourRowFallsInOneLocalDayOfAWholeHourZone() {
        AnalyticsWindow window = window("2026-03-07T05:00:00Z", "2026-03-10T04:00:00Z", ZoneId.of("America/New_York"));
        TimeBuckets days = window.buckets();

        for (Instant hour = window.from(); hour.isBefore(window.to()); hour = Grain.HOUR.next(hour)) {
            Instant lastQuarter = hour.plusSeconds(45 * 60);
            assertThat(days.indexOf(hour)).as(hour.toString()).isEqualTo(days.indexOf(lastQuarter));
        }
    }

    private static AnalyticsWindow window(String from, String to, ZoneId zone) {
        return new AnalyticsWindow(Instant.parse(from), Instant.parse(to), zone, TimeBucket.DAY);
    }
}
