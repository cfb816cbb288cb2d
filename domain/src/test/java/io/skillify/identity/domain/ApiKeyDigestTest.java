package io.skillify.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class ApiKeyDigestTest {

    private final SecureRandom random = new SecureRandom();
    private final ApiKeySecret secret = ApiKeySecret.generate(random);

    @Test
    void the_digest_is_the_sha256_of_the_plaintext() throws Exception {
        byte[] expected = MessageDigest.getInstance("SHA-256")
                .digest(secret.plaintext().getBytes(StandardCharsets.US_ASCII));

        byte[] actual = secret.digest().bytes();

        assertThat(actual).hasSize(32).isEqualTo(expected);
        assertThat(ApiKeyDigest.of(secret).bytes()).isEqualTo(expected);
    }

    @Test
    void a_digest_matches_the_digest_of_the_same_key() {
        ApiKeySecret samePresented = ApiKeySecret.parse(secret.plaintext()).orElseThrow();

        assertThat(secret.digest().matches(samePresented.digest())).isTrue();
        assertThat(secret.digest()).isEqualTo(samePresented.digest()).hasSameHashCodeAs(samePresented.digest());
    }

    @Test
    void a_digest_does_not_match_another_key() {
        ApiKeySecret other = ApiKeySecret.generate(random);

        assertThat(secret.digest().matches(other.digest())).isFalse();
        assertThat(secret.digest()).isNotEqualTo(other.digest());
    }

    @Test
    void a_stored_digest_matches_the_presented_key() {
        ApiKeyDigest stored = ApiKeyDigest.fromStored(secret.digest().bytes());

        assertThat(stored.matches(secret.digest())).isTrue();
    }

    @Test
    void a_stored_digest_must_have_32_bytes() {
        assertThatThrownBy(() -> ApiKeyDigest.fromStored(new byte[31]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ApiKeyDigest.fromStored(new byte[33]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ApiKeyDigest.fromStored(new byte[32]).bytes()).hasSize(ApiKeyDigest.LENGTH);
    }

    @Test
    void bytes_returns_a_copy() {
        ApiKeyDigest digest = secret.digest();

        byte[] leaked = digest.bytes();
        leaked[0] ^= (byte) 0xff;
        leaked[31] ^= (byte) 0xff;

        assertThat(digest.matches(secret.digest())).isTrue();
        assertThat(digest.bytes()).isNotEqualTo(leaked);
    }

    @Test
    void the_stored_array_is_copied_on_the_way_in() {
        byte[] stored = secret.digest().bytes();
        ApiKeyDigest digest = ApiKeyDigest.fromStored(stored);

        stored[0] ^= (byte) 0xff;

        assertThat(digest.matches(secret.digest())).isTrue();
    }
}
