package io.skillify.worker.domain;

import java.util.UUID;

/** The short form of an id shown in names: its last 8 hex digits, the random ones of a time-ordered id. */
final class IdSuffix {

    private static final int LENGTH = 8;

    private IdSuffix() {
    }

    static String lastEight(UUID id) {
        String text = id.toString();
        return text.substring(text.length() - LENGTH);
    }
}
