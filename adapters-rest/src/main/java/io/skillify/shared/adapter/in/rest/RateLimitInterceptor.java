package io.skillify.shared.adapter.in.rest;

import io.skillify.shared.domain.AccountId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.servlet.HandlerInterceptor;

/** Per-account request rate limit ({@code SKILLIFY_RATE_LIMIT_PER_MINUTE}); anonymous requests are not counted. */
final class RateLimitInterceptor implements HandlerInterceptor {

    private final KeyedRateLimit<AccountId> limit;

    RateLimitInterceptor(int perMinute, ErrorResponseWriter errors) {
        this.limit = new KeyedRateLimit<>(perMinute, errors);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        var account = CurrentAccountArgumentResolver.current();
        return account.isEmpty() || limit.admit(account.get().id(), request, response);
    }
}
