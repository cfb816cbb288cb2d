package io.skillify.identity.adapter.in.rest.security;

import io.skillify.shared.adapter.in.rest.ErrorResponseWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

@Component
class JsonAccessDeniedHandler implements AccessDeniedHandler {

    private final ErrorResponseWriter errors;

    JsonAccessDeniedHandler(ErrorResponseWriter errors) {
        this.errors = errors;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        errors.write(request, response, HttpServletResponse.SC_FORBIDDEN, "Forbidden");
    }
}
