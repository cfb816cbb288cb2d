package io.skillify.worker.domain;

import static io.skillify.worker.domain.ClaimFixtures.anyWorkspace;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.shared.domain.DomainException;
import org.junit.jupiter.api.Test;

/**
 * Rule: an account with {@code active} workers and a limit of {@code limit} receives
 * {@code min(maxTasks, limit − active)} tasks; with no room left it is refused with 429, saying its limit and count.
 */
class ConcurrentWorkerLimitCapsTheClaimTest {

    @Test
    void the_claim_gets_the_smaller_of_max_tasks_and_the_room_under_the_limit() {
        assertThat(anyWorkspace(3).allowance(10, 2)).isEqualTo(new ClaimAllowance.Room(3));
        assertThat(anyWorkspace(3).allowance(4, 2)).isEqualTo(new ClaimAllowance.Room(2));
        assertThat(anyWorkspace(3).allowance(3, 2)).isEqualTo(new ClaimAllowance.Room(1));
    }

    @Test
    void at_the_limit_the_claim_is_refused_with_limit_and_current() {
        ClaimAllowance atLimit = anyWorkspace(3).allowance(3, 3);

        assertThat(atLimit).isEqualTo(new ClaimAllowance.AtLimit(3, 3));
        DomainException refusal = ((ClaimAllowance.AtLimit) atLimit).refusal();
        assertThat(refusal.kind()).isEqualTo(DomainException.Kind.LIMIT_REACHED);
        assertThat(refusal.getMessage()).isEqualTo("Max concurrent workers limit reached");
        assertThat(refusal.extras()).containsEntry("limit", 3).containsEntry("current", 3);
    }

    @Test
    void above_a_lowered_limit_or_at_a_limit_of_zero_the_claim_is_refused_too() {
        assertThat(anyWorkspace(3).allowance(2, 5)).isEqualTo(new ClaimAllowance.AtLimit(2, 5));
        assertThat(anyWorkspace(3).allowance(0, 0)).isEqualTo(new ClaimAllowance.AtLimit(0, 0));
    }
}
