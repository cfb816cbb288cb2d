package io.skillify.worker.domain;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tasks and claims for the claim-rule tests. */
final class ClaimFixtures {

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static final AccountId CLAIMANT = new AccountId(UUID.randomUUID());

    private ClaimFixtures() {
    }

    static WorkspaceId workspace() {
        return new WorkspaceId(UUID.randomUUID());
    }

    static Task pending(WorkspaceId workspace, String title, int priority, Instant createdAt, String... capabilities) {
        return task(workspace, title, priority, createdAt, TaskStatus.PENDING, capabilities);
    }

    static Task task(WorkspaceId workspace, String title, int priority, Instant createdAt, TaskStatus status,
                     String... capabilities) {
        return new Task(new TaskId(UUID.randomUUID()), workspace,
                new TaskSpec(title, null, priority, List.of(capabilities), null), null, null, createdAt, status, 0,
                null, null, null, createdAt);
    }

    static ClaimPolicy anyWorkspace(int maxTasks, String... capabilities) {
        return new ClaimPolicy(new ClaimCandidates(CLAIMANT, Optional.empty(), Optional.empty(),
                List.of(capabilities)), maxTasks);
    }

    static List<String> titles(List<Task> tasks) {
        return tasks.stream().map(task -> task.spec().title()).toList();
    }
}
