package io.skillify.shared.adapter.in.rest;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Server-Sent Event streams: a {@code : ping} comment every {@code SKILLIFY_SSE_HEARTBEAT} (15s), which is also how
 * a client that went away is noticed, and new events looked for every {@code SKILLIFY_SSE_POLL_INTERVAL} (250ms).
 */
@ConfigurationProperties("skillify.sse")
public record StreamSettings(@DefaultValue("15s") Duration heartbeat, @DefaultValue("250ms") Duration pollInterval) {
}
