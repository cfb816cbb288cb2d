package io.skillify.shared.adapter.in.rest;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Server-Sent Event streams: a {@code : ping} comment every {@code SKILLIFY_SSE_HEARTBEAT} (15s), which is also how
 * a client that went away is noticed; new events are read when the change feed announces them, plus a safety
 * re-read of every run with open streams every {@code SKILLIFY_SSE_RESYNC_INTERVAL} (5s); at most
 * {@code SKILLIFY_SSE_MAX_STREAMS_PER_ACCOUNT} (20) open streams per account on this instance; every stream closed
 * after {@code SKILLIFY_SSE_MAX_DURATION} (1h), for the client to resume with {@code Last-Event-ID}; and at most
 * {@code SKILLIFY_SSE_BUFFER} (1000) events waiting for a slow client before its stream is closed (it resumes with
 * {@code Last-Event-ID}, losing nothing).
 */
@ConfigurationProperties("skillify.sse")
public record StreamSettings(@DefaultValue("15s") Duration heartbeat, @DefaultValue("5s") Duration resyncInterval,
                             @DefaultValue("20") int maxStreamsPerAccount, @DefaultValue("1h") Duration maxDuration,
                             @DefaultValue("1000") int buffer) {

    public StreamSettings {
        if (maxStreamsPerAccount < 1) {
            throw new IllegalArgumentException("skillify.sse.max-streams-per-account must be at least 1");
        }
        if (maxDuration.isNegative() || maxDuration.isZero()) {
            throw new IllegalArgumentException("skillify.sse.max-duration must be positive");
        }
        if (heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("skillify.sse.heartbeat must be positive");
        }
        if (resyncInterval.isNegative() || resyncInterval.isZero()) {
            throw new IllegalArgumentException("skillify.sse.resync-interval must be positive");
        }
        if (buffer < 10) {
            throw new IllegalArgumentException("skillify.sse.buffer must be at least 10");
        }
    }
}
