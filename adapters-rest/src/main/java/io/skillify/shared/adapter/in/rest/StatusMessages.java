package io.skillify.shared.adapter.in.rest;

import org.springframework.http.HttpStatus;

/** Plain sentences for statuses whose cause the caller needs no detail of. */
final class StatusMessages {

    private StatusMessages() {
    }

    static String of(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable: this API answers with application/json";
            case 413 -> "Request body is too large";
            case 415 -> "Unsupported content type: send application/json";
            case 429 -> "Too many requests";
            case 503 -> "Service temporarily unavailable";
            default -> {
                HttpStatus known = HttpStatus.resolve(status);
                yield status >= 500 || known == null ? "Internal server error" : known.getReasonPhrase();
            }
        };
    }
}
