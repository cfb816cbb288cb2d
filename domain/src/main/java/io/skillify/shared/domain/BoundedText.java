package io.skillify.shared.domain;

/** Checks for short human-entered texts such as names: trimmed, not blank, bounded, no control characters. */
public final class BoundedText {

    private BoundedText() {
    }

    public static String require(String field, String raw, int maxLength) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInputException.of(field, "must not be blank");
        }
        String text = raw.strip();
        if (Characters.exceed(text, maxLength)) {
            throw InvalidInputException.of(field, "must be at most " + maxLength + " characters");
        }
        if (text.codePoints().anyMatch(Character::isISOControl)) {
            throw InvalidInputException.of(field, "must not contain control characters");
        }
        return text;
    }
}
