package io.skillify.shared.adapter.in.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.skillify.shared.application.Page;
import java.util.List;
import java.util.function.Function;

/** A list in {@code data}, with {@code nextCursor} only when more items exist. */
public record ListEnvelope<T>(boolean success, List<T> data,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String nextCursor) {

    public static <S, T> ListEnvelope<T> of(Page<S> page, Function<S, T> mapper) {
        return new ListEnvelope<>(true, page.items().stream().map(mapper).toList(), page.nextCursor());
    }

    public static <T> ListEnvelope<T> of(List<T> items) {
        return new ListEnvelope<>(true, items, null);
    }
}
