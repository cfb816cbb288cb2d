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

/** Rule: a claimant is handed tasks only of workspaces where it is an active member, and only pending ones. */
class OnlyActiveMembersClaimTest {

    @Test
    void tasks_of_workspaces_the_claimant_is_no_active_member_of_are_never_handed_out() {
        WorkspaceId mine = workspace();
        WorkspaceId invitedOnly = workspace();
        List<Task> tasks = List.of(pending(mine, "mine", 0, NOW), pending(invitedOnly, "not mine", 9, NOW));

        assertThat(titles(anyWorkspace(3).pick(tasks, Set.of(mine)))).containsExactly("mine");
    }

    @Test
    void only_pending_tasks_are_handed_out() {
        WorkspaceId mine = workspace();
        List<Task> tasks = List.of(
                ClaimFixtures.task(mine, "assigned", 5, NOW, TaskStatus.ASSIGNED),
                ClaimFixtures.task(mine, "cancelled", 5, NOW, TaskStatus.CANCELLED),
                pending(mine, "pending", 0, NOW));

        assertThat(titles(anyWorkspace(3).pick(tasks, Set.of(mine)))).containsExactly("pending");
    }

    @Test
    void after_the_account_lock_a_task_is_kept_only_while_the_claimant_is_active_and_still_a_member() {
        WorkspaceId mine = workspace();
        WorkspaceId left = workspace();
        ClaimPolicy policy = anyWorkspace(3);

        assertThat(policy.stillAllowed(mine, Set.of(mine), true)).isTrue();
        assertThat(policy.stillAllowed(left, Set.of(mine), true)).as("left the workspace meanwhile").isFalse();
        assertThat(policy.stillAllowed(mine, Set.of(mine), false)).as("account revoked meanwhile").isFalse();
    }
}
