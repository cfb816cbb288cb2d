package io.skillify.identity.domain;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The plaintext of an API key: {@code bld_} and 64 lower-case hex digits (256 random bits). It exists only while a
 * key is being issued or presented; only its {@link ApiKeyDigest} is ever stored.
 */
public final class ApiKeySecret {

    public static final String PREFIX = "bld_";
    private static final Pattern FORMAT = Pattern.compile("bld_[0-9a-f]{64}");
    private static final int RANDOM_BYTES = 32;
    private static final int DISPLAY_LENGTH = PREFIX.length() + 8;

    private final String plaintext;

    private ApiKeySecret(String plaintext) {
        this.plaintext = plaintext;
    }

    public static ApiKeySecret generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new ApiKeySecret(PREFIX + HexFormat.of().formatHex(bytes));
    }

    /** The key if the text is well-formed, else empty. */
    public static Optional<ApiKeySecret> parse(String text) {
        return text != null && FORMAT.matcher(text).matches()
                ? Optional.of(new ApiKeySecret(text))
                : Optional.empty();
    }

    /** Whether a bearer token claims to be an API key (rather than a session JWT). */
    public static boolean looksLikeApiKey(String bearerToken) {
        return bearerToken != null && bearerToken.startsWith(PREFIX);
    }

    public String plaintext() {
        return plaintext;
    }

    public ApiKeyDigest digest() {
        return ApiKeyDigest.of(this);
    }

    /** Enough of the key to recognise it in a list, far too little to guess it. */
    public String displayPrefix() {
        return plaintext.substring(0, DISPLAY_LENGTH);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApiKeySecret that && ApiKeyDigest.of(this).matches(ApiKeyDigest.of(that));
    }

    @Override
    public int hashCode() {
        return Objects.hash(displayPrefix());
    }

    @Override
    public String toString() {
        return displayPrefix() + "…";
    }
}
