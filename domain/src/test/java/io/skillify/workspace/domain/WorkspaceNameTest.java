package io.skillify.workspace.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.shared.domain.DomainException;
import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkspaceNameTest {

    @Test
    void surrounding_whitespace_is_stripped() {
        assertThat(new WorkspaceName(" \t Data Team \u2003").value()).isEqualTo("Data Team");
        assertThat(new WorkspaceName("Data Team").toString()).isEqualTo("Data Team");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "   \t  ", "\u2003"})
    void a_blank_name_is_refused(String raw) {
        assertInvalidName(raw, "must not be blank");
    }

    @Test
    void a_hundred_characters_are_enough() {
        assertThat(new WorkspaceName("a".repeat(100)).value()).hasSize(100);
        assertThat(new WorkspaceName(" " + "a".repeat(100) + " ").value()).isEqualTo("a".repeat(100));
    }

    @Test
    void a_hundred_and_one_characters_are_too_many() {
        assertInvalidName("a".repeat(101), "must be at most 100 characters");
    }

    @Test
    void length_counts_code_points_not_utf16_units() {
        String emojis = "😀".repeat(100);

        assertThat(emojis).hasSize(200);
        assertThat(new WorkspaceName(emojis).value()).isEqualTo(emojis);
        assertInvalidName("😀".repeat(101), "must be at most 100 characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Data\nTeam", "Data\u0000Team", "Data\tTeam", "Data\u007fTeam", "Data\u0085Team"})
    void control_characters_are_refused(String raw) {
        assertInvalidName(raw, "must not contain control characters");
    }

    private static void assertInvalidName(String raw, String message) {
        assertThatThrownBy(() -> new WorkspaceName(raw))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID_INPUT);
                    assertThat(e.problems()).containsExactly(new Problem("name", message));
                });
    }
}
