package io.skillify.shared.application;

import io.skillify.shared.domain.InvalidInputException;

/** Which slice of a list the caller wants: at most {@code limit} items after the opaque {@code cursor}. */
public record PageRequest(int limit, String cursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.of("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (cursor != null && cursor.isBlank()) {
            cursor = null;
        }
    }

    public static PageRequest of(Integer limit, String cursor) {
        return new PageRequest(limit == null ? DEFAULT_LIMIT : limit, cursor);
    }

    public static PageRequest first() {
        return new PageRequest(DEFAULT_LIMIT, null);
    }
}
