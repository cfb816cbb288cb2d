package io.skillify.analytics.domain;

import io.skillify.automation.domain.AutomationId;
import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.Problem;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What an analytics answer is about: the whole workspace or one automation, over a window. Built from the query
 * string of §7, where every part is optional: the last 30 days up to the end of the current quarter, UTC, by day.
 * Every problem found is a 400 naming its parameter.
 */
public record AnalyticsFilter(Optional<AutomationId> automation, AnalyticsWindow window) {

    /** The first instant an analytics question may name. */
    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    /** The first instant an analytics question may no longer name (years up to 9999). */
    public static final Instant LATEST = Instant.parse("+10000-01-01T00:00:00Z");

    public AnalyticsFilter {
        Objects.requireNonNull(automation, "automation");
        Objects.requireNonNull(window, "window");
    }

    /** Reads the query parameters ({@code null} or blank = not given), as of {@code now}. */
    public static AnalyticsFilter parse(String from, String to, String tz, String bucket, String automationId,
                                        Instant now) {
        List<Problem> problems = new ArrayList<>();
        ZoneId zone = zone(tz, problems);
        TimeBucket size = bucket(bucket, problems);
        Optional<AutomationId> automation = automation(automationId, problems);
        Instant start = instant("from", from, zone, problems);
        Instant end = instant("to", to, zone, problems);
        if (problems.isEmpty()) {
            end = end != null ? end : AnalyticsWindow.ceilToQuarter(now);
            start = start != null ? start : end.minus(AnalyticsWindow.DEFAULT_SPAN);
            if (start.isAfter(end)) {
                problems.add(new Problem("from", "must not be after to"));
            } else if (tooManyBuckets(start, end, size)) {
                problems.add(new Problem("to", "the range holds more than " + AnalyticsWindow.MOST_BUCKETS + " "
                        + size.wireName() + " buckets; choose a shorter range or a larger bucket"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.size() == 1
                    ? "Invalid " + problems.getFirst().path() + ": " + problems.getFirst().message()
                    : "Invalid analytics query", problems);
        }
        return new AnalyticsFilter(automation, new AnalyticsWindow(start, end, zone, size));
    }

    private static boolean tooManyBuckets(Instant start, Instant end, TimeBucket size) {
        Duration longest = size.nominalLength().multipliedBy(AnalyticsWindow.MOST_BUCKETS);
        return Duration.between(start, end).compareTo(longest) > 0;
    }

    private static ZoneId zone(String raw, List<Problem> problems) {
        if (absent(raw)) {
            return ZoneOffset.UTC;
        }
        try {
            ZoneId zone = ZoneId.of(raw.strip());
            long offsetSeconds = zone.getRules().getOffset(Instant.EPOCH).getTotalSeconds();
            if (zone.getRules().isFixedOffset() && offsetSeconds % AnalyticsWindow.QUARTER.toSeconds() != 0) {
                problems.add(new Problem("tz", "must be an offset in whole quarters of an hour"));
            }
            return zone;
        } catch (DateTimeException unknown) {
            problems.add(new Problem("tz", "must be an IANA time zone such as Europe/Paris"));
            return ZoneOffset.UTC;
        }
    }

    private static TimeBucket bucket(String raw, List<Problem> problems) {
        if (absent(raw)) {
            return TimeBucket.DAY;
        }
        try {
            return TimeBucket.parse(raw.strip());
        } catch (InvalidInputException unknown) {
            problems.addAll(unknown.problems());
            return TimeBucket.DAY;
        }
    }

    private static Optional<AutomationId> automation(String raw, List<Problem> problems) {
        if (absent(raw)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new AutomationId(UUID.fromString(raw.strip())));
        } catch (IllegalArgumentException malformed) {
            problems.add(new Problem("automationId", "must be a UUID"));
            return Optional.empty();
        }
    }

    /** An ISO-8601 date-time with its offset ({@code 2026-03-08T05:00:00Z}) or a date, read as its start in the zone. */
    private static Instant instant(String path, String raw, ZoneId zone, List<Problem> problems) {
        if (absent(raw)) {
            return null;
        }
        Instant parsed;
        try {
            parsed = OffsetDateTime.parse(raw.strip()).toInstant();
        } catch (DateTimeException notADateTime) {
            try {
                parsed = LocalDate.parse(raw.strip()).atStartOfDay(zone).toInstant();
            } catch (DateTimeException notADate) {
                problems.add(new Problem(path,
                        "must be an ISO-8601 date-time with its offset (2026-03-08T05:00:00Z) or a date (2026-03-08)"));
                return null;
            }
        }
        if (parsed.isBefore(EARLIEST) || !parsed.isBefore(LATEST)) {
            problems.add(new Problem(path, "must be between 1970 and 9999"));
            return null;
        }
        return parsed;
    }

    private static boolean absent(String raw) {
        return raw == null || raw.isBlank();
    }
}
