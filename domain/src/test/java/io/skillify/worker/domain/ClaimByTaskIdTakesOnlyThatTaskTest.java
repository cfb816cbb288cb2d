package io.skillify.worker.domain;

import static io.skillify.worker.domain.ClaimFixtures.CLAIMANT;
import static io.skillify.worker.domain.ClaimFixtures.NOW;
import static io.skillify.worker.domain.ClaimFixtures.pending;
import static io.skillify.worker.domain.ClaimFixtures.titles;
import static io.skillify.worker.domain.ClaimFixtures.workspace;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.shared.domain.WorkspaceId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rule (contract §5 v1.1): a claim naming a {@code taskId} takes that task only, and only if it is a candidate
 * (pending, in a workspace of the claimant, capabilities offered); otherwise nothing. A {@code workspaceId} narrows
 * the same way.
 */
class ClaimByTaskIdTakesOnlyThatTaskTest {

    private static ClaimPolicy claimOf(Task task, Optional<WorkspaceId> workspace, String... capabilities) {
        return new ClaimPolicy(new ClaimCandidates(CLAIMANT, workspace, Optional.of(task.id()),
                List.of(capabilities)), 3);
    }

    @Test
    void naming_a_pending_task_takes_that_one_even_when_better_ones_wait() {
        WorkspaceId ws = workspace();
        Task named = pending(ws, "named", 0, NOW);
        List<Task> tasks = List.of(pending(ws, "urgent", 9, NOW.minusSeconds(60)), named);

        assertThat(titles(claimOf(named, Optional.empty()).pick(tasks, Set.of(ws)))).containsExactly("named");
    }

    @Test
    void a_named_task_that_is_not_a_candidate_gives_nothing() {
        WorkspaceId ws = workspace();
        WorkspaceId other = workspace();
        Task elsewhere = pending(other, "elsewhere", 0, NOW);
        Task taken = ClaimFixtures.task(ws, "taken", 0, NOW, TaskStatus.ASSIGNED);
        Task needsGpu = pending(ws, "gpu", 0, NOW, "gpu");
        List<Task> tasks = List.of(elsewhere, taken, needsGpu, pending(ws, "free", 0, NOW));

        assertThat(claimOf(elsewhere, Optional.empty()).pick(tasks, Set.of(ws))).isEmpty();
        assertThat(claimOf(taken, Optional.empty()).pick(tasks, Set.of(ws))).isEmpty();
        assertThat(claimOf(needsGpu, Optional.empty(), "shell").pick(tasks, Set.of(ws))).isEmpty();
        assertThat(claimOf(needsGpu, Optional.of(other), "gpu").pick(tasks, Set.of(ws, other))).isEmpty();
        assertThat(claimOf(needsGpu, Optional.of(ws), "gpu").pick(tasks, Set.of(ws))).containsExactly(needsGpu);
    }
}
