package io.skillify.shared.adapter.in.rest;

import java.io.IOException;

/** Raised while reading a request body that turns out longer than the limit (chunked bodies have no length). */
final class BodyTooLargeException extends IOException {

    private final long limit;

    BodyTooLargeException(long limit) {
        super(BodySizeLimitFilter.message(limit));
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
