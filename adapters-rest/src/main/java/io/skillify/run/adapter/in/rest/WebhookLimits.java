package io.skillify.run.adapter.in.rest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code SKILLIFY_WEBHOOK_RATE_LIMIT_PER_MINUTE}: webhook calls per automation and minute (default 600). */
@ConfigurationProperties("skillify")
record WebhookLimits(@DefaultValue("600") int webhookRateLimitPerMinute) {
}
