package io.skillify.worker.domain;

import java.util.Locale;

/** A status as a sentence names it ("in progress"), for refusal messages. */
final class StatusWords {

    private StatusWords() {
    }

    static String of(Enum<?> status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
