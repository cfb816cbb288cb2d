package io.skillify.shared.domain;

/**
 * Characters PostgreSQL cannot store in {@code text} or {@code jsonb}: the NUL character, and a lone UTF-16
 * surrogate (half of a character, which has no UTF-8 form). Whole characters outside the basic plane are fine.
 */
public final class UnstorableCharacters {

    public static final String PROBLEM = "holds a NUL character or half of a character, which cannot be stored";

    private UnstorableCharacters() {
    }

    /** Whether {@code text} holds a NUL character or a lone surrogate. */
    public static boolean in(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return true;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
