package io.skillify.shared.adapter.in.rest;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Server-Sent Event streams: a {@code : ping} comment every {@code SKILLIFY_SSE_HEARTBEAT} (15s), which is also how
 * a client that went away is noticed; new events looked for every {@code SKILLIFY_SSE_POLL_INTERVAL} (250ms); at most
 * {@code SKILLIFY_SSE_MAX_STREAMS_PER_ACCOUNT} (20) open streams per account on this instance; and every stream closed
 * after {@code SKILLIFY_SSE_MAX_DURATION} (1h), for the client to resume with {@code Last-Event-ID}.
 */
@ConfigurationProperties("skillify.sse")
public record StreamSettings(@DefaultValue("15s") Duration heartbeat, @DefaultValue("250ms") Duration pollInterval,
                             @DefaultValue("20") int maxStreamsPerAccount, @DefaultValue("1h") Duration maxDuration) {

    public StreamSettings {
        if (maxStreamsPerAccount < 1) {
            throw new IllegalArgumentException("skillify.sse.max-streams-per-account must be at least 1");
        }
        if (maxDuration.isNegative() || maxDuration.isZero()) {
            throw new IllegalArgumentException("skillify.sse.max-duration must be positive");
        }
    }
}
