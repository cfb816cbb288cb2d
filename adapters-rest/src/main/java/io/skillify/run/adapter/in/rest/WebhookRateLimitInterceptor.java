package io.skillify.run.adapter.in.rest;

import io.skillify.shared.adapter.in.rest.ErrorResponseWriter;
import io.skillify.shared.adapter.in.rest.KeyedRateLimit;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Webhook calls per automation and minute. Every call naming a well-formed automation id counts, before its token
 * is checked: a flood against one automation, wrong tokens included, stops here without reaching the database.
 * Ids that are not UUIDs are left to the controller's 404 and hold no budget.
 */
final class WebhookRateLimitInterceptor implements HandlerInterceptor {

    private final KeyedRateLimit<UUID> limit;

    WebhookRateLimitInterceptor(int perMinute, ErrorResponseWriter errors) {
        this.limit = new KeyedRateLimit<>(perMinute, errors);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        UUID automation = automationId(request);
        return automation == null || limit.admit(automation, request, response);
    }

    private static UUID automationId(HttpServletRequest request) {
        if (!(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables)
                || !(variables.get("automationId") instanceof String id)) {
            return null;
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
