package io.skillify.worker.domain;

import static io.skillify.worker.domain.ClaimFixtures.NOW;
import static io.skillify.worker.domain.ClaimFixtures.anyWorkspace;
import static io.skillify.worker.domain.ClaimFixtures.pending;
import static io.skillify.worker.domain.ClaimFixtures.titles;
import static io.skillify.worker.domain.ClaimFixtures.workspace;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.shared.domain.WorkspaceId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Rule: candidates are handed out by priority, highest first, and among equal priorities the oldest first. */
class HighestPriorityThenOldestFirstTest {

    @Test
    void the_highest_priority_goes_first_and_the_oldest_breaks_a_tie() {
        WorkspaceId ws = workspace();
        List<Task> tasks = List.of(
                pending(ws, "low old", 0, NOW.minusSeconds(100)),
                pending(ws, "high new", 5, NOW),
                pending(ws, "high old", 5, NOW.minusSeconds(10)),
                pending(ws, "middle", 2, NOW));

        assertThat(titles(anyWorkspace(3).pick(tasks, Set.of(ws)))).containsExactly("high old", "high new", "middle");
        assertThat(anyWorkspace(3).order()).containsExactly(ClaimOrder.PRIORITY_DESCENDING,
                ClaimOrder.CREATED_AT_ASCENDING, ClaimOrder.ID_ASCENDING);
    }
}
