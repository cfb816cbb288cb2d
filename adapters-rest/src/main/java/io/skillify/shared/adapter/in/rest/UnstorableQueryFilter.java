package io.skillify.shared.adapter.in.rest;

import io.skillify.shared.application.json.UnstorableText;
import io.skillify.shared.domain.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses query parameters holding text that cannot be stored or searched for ({@link UnstorableText}: a NUL
 * character, half a character) with a 400 naming the parameter, before any route reads them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 11)
class UnstorableQueryFilter extends OncePerRequestFilter {

    static final String MESSAGE = "Query parameter holds text that cannot be stored";

    private final ErrorResponseWriter errors;

    UnstorableQueryFilter(ErrorResponseWriter errors) {
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> unstorable = request.getQueryString() == null ? Optional.empty() : firstUnstorable(request);
        if (unstorable.isPresent()) {
            errors.write(response, HttpServletResponse.SC_BAD_REQUEST, ErrorBodies.withDetails(request, MESSAGE,
                    List.of(new Problem(unstorable.get(), UnstorableText.PROBLEM))));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Reads the query string itself, so that a form body is never consumed here. */
    private static Optional<String> firstUnstorable(HttpServletRequest request) {
        for (String pair : request.getQueryString().split("&")) {
            int equals = pair.indexOf('=');
            String name = decoded(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decoded(pair.substring(equals + 1));
            if (UnstorableText.isUnstorable(name) || UnstorableText.isUnstorable(value)) {
                return Optional.of(UnstorableText.isUnstorable(name) ? "" : name);
            }
        }
        return Optional.empty();
    }

    private static String decoded(String part) {
        try {
            return URLDecoder.decode(part, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }
}
