package io.skillify.shared.adapter.in.rest;

/** {@code {"success": true, "data": …}}: the answer of every route outside the worker protocol. */
public record DataEnvelope<T>(boolean success, T data) {

    public static <T> DataEnvelope<T> of(T data) {
        return new DataEnvelope<>(true, data);
    }
}
