package io.skillify.worker.domain;

import static io.skillify.worker.domain.ClaimFixtures.NOW;
import static io.skillify.worker.domain.ClaimFixtures.pending;
import static io.skillify.worker.domain.ClaimFixtures.workspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.WorkspaceId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Rule: one claim takes at most {@code maxTasks} tasks, 3 when not given, between 1 and 50. */
class MaxTasksIsThreeByDefaultAndAtMostFiftyTest {

    private static final ClaimCandidates ANY = new ClaimCandidates(ClaimFixtures.CLAIMANT, Optional.empty(),
            Optional.empty(), List.of());

    @Test
    void without_max_tasks_a_claim_takes_at_most_three() {
        WorkspaceId ws = workspace();
        List<Task> tasks = IntStream.range(0, 10).mapToObj(i -> pending(ws, "t" + i, 0, NOW)).toList();

        assertThat(ClaimPolicy.of(ANY, null).pick(tasks, Set.of(ws))).hasSize(3);
        assertThat(ClaimPolicy.of(ANY, 50).pick(tasks, Set.of(ws))).hasSize(10);
    }

    @Test
    void max_tasks_outside_one_to_fifty_is_refused_naming_max_tasks() {
        for (int wrong : new int[] {0, -1, 51}) {
            assertThatThrownBy(() -> ClaimPolicy.of(ANY, wrong))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.problems().getFirst().path()).isEqualTo("maxTasks"));
        }
    }
}
