package io.skillify.shared.application;

import io.skillify.shared.domain.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/** Opaque cursors: the sort key of the last item seen, as URL-safe Base64 of its parts joined by '|'. */
public final class Cursors {

    private static final String SEPARATOR = "|";

    private Cursors() {
    }

    public static String encode(String... parts) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, parts).getBytes(StandardCharsets.UTF_8));
    }

    /** The parts of a cursor made by {@link #encode}; a cursor that was not is a 400 on {@code cursor}. */
    public static List<String> decode(String cursor, int expectedParts) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = List.of(text.split("\\" + SEPARATOR, -1));
            if (parts.size() != expectedParts) {
                throw invalid();
            }
            return parts;
        } catch (IllegalArgumentException malformed) {
            throw invalid();
        }
    }

    /** Decodes a cursor and reads its parts; anything unreadable is the same 400 on {@code cursor}. */
    public static <T> T read(String cursor, int expectedParts, Function<List<String>, T> reader) {
        List<String> parts = decode(cursor, expectedParts);
        try {
            return reader.apply(parts);
        } catch (RuntimeException unreadable) {
            throw invalid();
        }
    }

    private static InvalidInputException invalid() {
        return InvalidInputException.of("cursor", "is not a cursor returned by this list");
    }
}
