package io.skillify.shared.application.json;

import io.skillify.shared.domain.UnstorableCharacters;

/**
 * Finds text PostgreSQL cannot store: the NUL character (neither {@code text} nor {@code jsonb} holds it) and a lone
 * UTF-16 surrogate (half of a character, which has no UTF-8 form). Such text is refused where it comes in, rather than
 * failing later where it is stored.
 */
public final class UnstorableText {

    public static final String PROBLEM = UnstorableCharacters.PROBLEM;

    private UnstorableText() {
    }

    /** Whether {@code text} holds a NUL character or a lone surrogate. */
    public static boolean isUnstorable(String text) {
        return UnstorableCharacters.in(text);
    }
}
