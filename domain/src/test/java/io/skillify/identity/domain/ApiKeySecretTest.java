package io.skillify.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeySecretTest {

    private static final String WELL_FORMED = "bld_" + "0123456789abcdef".repeat(4);

    private final SecureRandom random = new SecureRandom();

    @Test
    void a_generated_key_is_the_prefix_and_64_lowercase_hex_digits() {
        ApiKeySecret secret = ApiKeySecret.generate(random);

        assertThat(secret.plaintext()).matches("bld_[0-9a-f]{64}");
    }

    @Test
    void generated_keys_do_not_repeat() {
        Set<String> keys = new HashSet<>();
        IntStream.range(0, 1000).forEach(i -> keys.add(ApiKeySecret.generate(random).plaintext()));

        assertThat(keys).hasSize(1000);
    }

    @Test
    void a_generated_key_parses_back_to_itself() {
        ApiKeySecret secret = ApiKeySecret.generate(random);

        assertThat(ApiKeySecret.parse(secret.plaintext()))
                .hasValueSatisfying(parsed -> assertThat(parsed.plaintext()).isEqualTo(secret.plaintext()));
        assertThat(ApiKeySecret.parse(secret.plaintext())).contains(secret);
    }

    @Test
    void a_well_formed_key_is_accepted() {
        assertThat(ApiKeySecret.parse(WELL_FORMED)).map(ApiKeySecret::plaintext).contains(WELL_FORMED);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "bld_0123456789ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef", // upper-case hex
            "bld_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde", // 63 digits
            "bld_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0", // 65 digits
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", // no prefix
            "BLD_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", // upper-case prefix
            "bld-0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", // wrong separator
            "bld_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdeg", // not hex
            " bld_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", // leading space
            "bld_0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n", // trailing newline
            "bld_"
    })
    void anything_else_is_refused(String text) {
        assertThat(ApiKeySecret.parse(text)).isEmpty();
    }

    @Test
    void the_display_prefix_is_the_prefix_and_eight_hex_digits() {
        ApiKeySecret secret = ApiKeySecret.parse(WELL_FORMED).orElseThrow();

        assertThat(secret.displayPrefix()).isEqualTo("bld_01234567");
    }

    @Test
    void the_display_prefix_of_a_generated_key_is_a_strict_prefix() {
        ApiKeySecret secret = ApiKeySecret.generate(random);

        assertThat(secret.displayPrefix())
                .hasSize(12)
                .matches("bld_[0-9a-f]{8}")
                .isNotEqualTo(secret.plaintext());
        assertThat(secret.plaintext()).startsWith(secret.displayPrefix());
    }

    @Test
    void to_string_never_reveals_the_plaintext() {
        ApiKeySecret secret = ApiKeySecret.generate(random);

        assertThat(secret.toString())
                .doesNotContain(secret.plaintext())
                .doesNotContain(secret.plaintext().substring(ApiKeySecret.PREFIX.length()))
                .startsWith(secret.displayPrefix());
    }

    @Test
    void looks_like_an_api_key_only_checks_the_prefix() {
        assertThat(ApiKeySecret.looksLikeApiKey(WELL_FORMED)).isTrue();
        assertThat(ApiKeySecret.looksLikeApiKey("bld_")).isTrue();
        assertThat(ApiKeySecret.looksLikeApiKey("bld_not-a-valid-key")).isTrue();
        assertThat(ApiKeySecret.looksLikeApiKey("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.sig")).isFalse();
        assertThat(ApiKeySecret.looksLikeApiKey("BLD_0123")).isFalse();
        assertThat(ApiKeySecret.looksLikeApiKey("")).isFalse();
        assertThat(ApiKeySecret.looksLikeApiKey(null)).isFalse();
    }
}
