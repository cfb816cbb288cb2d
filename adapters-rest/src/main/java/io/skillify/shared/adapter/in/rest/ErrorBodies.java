package io.skillify.shared.adapter.in.rest;

import io.skillify.shared.domain.Problem;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The one error shape: {@code {"success": false, "error": "…", …extras, "requestId": "…"}}. */
public final class ErrorBodies {

    private ErrorBodies() {
    }

    public static Map<String, Object> of(HttpServletRequest request, String message) {
        return of(request, message, Map.of());
    }

    public static Map<String, Object> of(HttpServletRequest request, String message, Map<String, ?> extras) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", false);
        body.put("error", message);
        body.putAll(extras);
        body.put("requestId", RequestIds.of(request));
        return body;
    }

    public static Map<String, Object> withDetails(HttpServletRequest request, String message, List<Problem> details) {
        return of(request, message, Map.of("details", details));
    }
}
