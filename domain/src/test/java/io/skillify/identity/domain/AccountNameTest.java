package io.skillify.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.shared.domain.DomainException;
import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccountNameTest {

    @Test
    void surrounding_whitespace_is_stripped() {
        assertThat(new AccountName("  runner-1\t").value()).isEqualTo("runner-1");
        assertThat(new AccountName("runner-1").toString()).isEqualTo("runner-1");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\t\n "})
    void a_blank_name_is_refused(String raw) {
        assertInvalidName(raw, "must not be blank");
    }

    @Test
    void at_most_a_hundred_code_points() {
        assertThat(new AccountName("x".repeat(100)).value()).hasSize(100);
        assertThat(new AccountName("😀".repeat(100)).value()).isEqualTo("😀".repeat(100));
        assertInvalidName("x".repeat(101), "must be at most 100 characters");
        assertInvalidName("😀".repeat(101), "must be at most 100 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"run\nner", "run\u0000ner", "run\rner", "run\u001bner", "run\u009fner"})
    void control_characters_are_refused(String raw) {
        assertInvalidName(raw, "must not contain control characters");
    }

    private static void assertInvalidName(String raw, String message) {
        assertThatThrownBy(() -> new AccountName(raw))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID_INPUT);
                    assertThat(e.problems()).containsExactly(new Problem("name", message));
                });
    }
}
