package io.skillify.worker.domain;

import static io.skillify.worker.domain.ClaimFixtures.NOW;
import static io.skillify.worker.domain.ClaimFixtures.anyWorkspace;
import static io.skillify.worker.domain.ClaimFixtures.pending;
import static io.skillify.worker.domain.ClaimFixtures.titles;
import static io.skillify.worker.domain.ClaimFixtures.workspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.WorkspaceId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rule: a task is a candidate only if the claimant offers every capability it requires, and that filter applies
 * before {@code maxTasks} is counted, so tasks the claimant cannot run never use up its share.
 */
class CapabilitiesAreFilteredBeforeTheLimitTest {

    @Test
    void tasks_needing_a_capability_not_offered_do_not_take_the_places_of_those_the_claimant_can_run() {
        WorkspaceId ws = workspace();
        List<Task> tasks = List.of(
                pending(ws, "gpu 1", 9, NOW, "gpu"), pending(ws, "gpu 2", 9, NOW, "gpu"),
                pending(ws, "shell 1", 1, NOW, "shell"), pending(ws, "plain", 0, NOW),
                pending(ws, "shell and java", 0, NOW.plusSeconds(1), "shell", "java"));

        assertThat(titles(anyWorkspace(2, "shell").pick(tasks, Set.of(ws)))).containsExactly("shell 1", "plain");
        assertThat(titles(anyWorkspace(5, "java", "shell").pick(tasks, Set.of(ws))))
                .containsExactly("shell 1", "plain", "shell and java");
    }

    @Test
    void a_capability_name_that_is_not_one_is_refused_with_its_place() {
        assertThatThrownBy(() -> new ClaimCandidates(ClaimFixtures.CLAIMANT, Optional.empty(), Optional.empty(),
                List.of("shell", "no spaces")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst().path()).isEqualTo("capabilities[1]"));
    }
}
