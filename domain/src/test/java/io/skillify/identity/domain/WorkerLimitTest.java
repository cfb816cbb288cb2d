package io.skillify.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.shared.domain.DomainException;
import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkerLimitTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 999, 1000})
    void limits_from_zero_to_a_thousand_are_accepted(int value) {
        assertThat(new WorkerLimit(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 1001, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void limits_outside_are_refused(int value) {
        assertThatThrownBy(() -> new WorkerLimit(value))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID_INPUT);
                    assertThat(e.problems())
                            .containsExactly(new Problem("maxConcurrentWorkers", "must be between 0 and 1000"));
                });
    }

    @Test
    void the_default_is_three() {
        assertThat(WorkerLimit.DEFAULT.value()).isEqualTo(3);
        assertThat(WorkerLimit.MAX).isEqualTo(1000);
    }
}
