package io.skillify.identity.adapter.in.rest.security;

import io.skillify.identity.domain.ApiKeySecret;
import io.skillify.shared.adapter.in.rest.ErrorResponseWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/** 401 in the contract's shape: {@code "Invalid API key"} for a rejected key, {@code "Unauthorized"} otherwise. */
@Component
class JsonAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ErrorResponseWriter errors;

    JsonAuthenticationEntryPoint(ErrorResponseWriter errors) {
        this.errors = errors;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException reason)
            throws IOException {
        boolean apiKey = ApiKeySecret.looksLikeApiKey(BearerTokens.of(request));
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        errors.write(request, response, HttpServletResponse.SC_UNAUTHORIZED,
                apiKey ? ApiKeyAuthenticationProvider.INVALID_API_KEY : "Unauthorized");
    }
}
