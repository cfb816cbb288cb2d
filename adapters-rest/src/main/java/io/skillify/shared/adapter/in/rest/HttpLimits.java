package io.skillify.shared.adapter.in.rest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Per-request limits: {@code SKILLIFY_MAX_BODY} (default 1MB) and {@code SKILLIFY_RATE_LIMIT_PER_MINUTE}
 * (requests per account and minute, default 1200).
 */
@ConfigurationProperties("skillify")
public record HttpLimits(@DefaultValue("1MB") DataSize maxBody, @DefaultValue("1200") int rateLimitPerMinute) {
}
