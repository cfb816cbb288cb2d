package io.skillify.analytics.application.port.in;

import io.skillify.analytics.domain.AnalyticsFilter;
import io.skillify.analytics.domain.AnalyticsWindow;
import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.WorkspaceId;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * What an analytics question is about: a workspace, optionally one automation, and a period [from, to) whose
 * missing ends default (to: now; from: 30 days before to). {@code from} and {@code to} are ISO-8601 instants or
 * offset date-times, local date-times in {@code tz}, or dates in {@code tz} (a date {@code to} includes its day).
 */
public record AnalyticsScope(WorkspaceId workspace, Optional<Instant> from, Optional<Instant> to, ZoneId tz,
                             Optional<UUID> automationId) {

    public AnalyticsScope {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(tz, "tz");
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            throw InvalidInputException.of("from", "must be before to");
        }
    }

    /**
     * The same question with its period made explicit (the defaults taken at {@code now}) and widened to whole
     * quarters, the aggregates' grain: equal questions become equal, so they can share one cached answer.
     */
    public AnalyticsScope canonical(Instant now) {
        Instant end = to.orElse(now);
        Instant start = from.orElseGet(() -> end.minus(AnalyticsWindow.DEFAULT_SPAN));
        return new AnalyticsScope(workspace, Optional.of(AnalyticsWindow.floorToQuarter(start)),
                Optional.of(AnalyticsWindow.ceilToQuarter(end)), tz, automationId);
    }

    /** The scope of query parameters as given (any may be null), or 400 naming the parameter that is wrong. */
    public static AnalyticsScope parse(WorkspaceId workspace, String from, String to, String tz, String automationId) {
        ZoneId zone = zone(tz);
        Optional<Instant> start = within("from", instant("from", from, zone, false));
        Optional<Instant> end = within("to", instant("to", to, zone, true));
        if (start.isPresent() && end.isPresent()
                && Duration.between(start.get(), end.get()).compareTo(LONGEST) > 0) {
            throw InvalidInputException.of("to", "the period is longer than " + LONGEST.toDays()
                    + " days; choose a shorter one");
        }
        return new AnalyticsScope(workspace, start, end, zone, automation(automationId));
    }

    /** The longest period asked about: as long as the other analytics routes' day buckets allow. */
    static final Duration LONGEST = Duration.ofDays(AnalyticsWindow.MOST_BUCKETS);

    private static Optional<Instant> within(String name, Optional<Instant> instant) {
        if (instant.isPresent() && (instant.get().isBefore(AnalyticsFilter.EARLIEST)
                || !instant.get().isBefore(AnalyticsFilter.LATEST))) {
            throw InvalidInputException.of(name, "must be between 1970 and 9999");
        }
        return instant;
    }

    private static ZoneId zone(String tz) {
        if (tz == null || tz.isBlank()) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(tz.strip());
        } catch (DateTimeException unknown) {
            throw InvalidInputException.of("tz", "must be an IANA time zone such as Europe/Paris");
        }
    }

    private static Optional<Instant> instant(String name, String value, ZoneId zone, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException notOffset) {
            // try the next form
        }
        try {
            return Optional.of(LocalDateTime.parse(text).atZone(zone).toInstant());
        } catch (DateTimeParseException notLocal) {
            // try the next form
        }
        try {
            LocalDate day = LocalDate.parse(text);
            return Optional.of((endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant());
        } catch (DateTimeParseException notDate) {
            throw InvalidInputException.of(name, "must be an ISO-8601 date or date-time");
        }
    }

    private static Optional<UUID> automation(String automationId) {
        if (automationId == null || automationId.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(automationId.strip()));
        } catch (IllegalArgumentException notAnId) {
            throw InvalidInputException.of("automationId", "must be an automation id (a UUID)");
        }
    }
}
