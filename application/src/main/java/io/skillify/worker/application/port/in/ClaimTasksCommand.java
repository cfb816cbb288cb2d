package io.skillify.worker.application.port.in;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.Characters;
import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.domain.ClaimCandidates;
import io.skillify.worker.domain.ClaimPolicy;
import io.skillify.worker.domain.TaskId;
import java.util.List;
import java.util.Optional;

/**
 * A worker account asks for up to {@code maxTasks} pending tasks it has every required capability for, narrowed to
 * one workspace and to one task when given; the rules are the {@link #policy()}'s.
 */
public record ClaimTasksCommand(AccountId actor, Optional<WorkspaceId> workspace, Optional<TaskId> task,
                                List<String> capabilities, int maxTasks, String runner) {

    public static final int DEFAULT_MAX_TASKS = ClaimPolicy.DEFAULT_MAX_TASKS;
    public static final int MAX_RUNNER = 200;

    public ClaimTasksCommand {
        ClaimPolicy policy = policyOf(actor, workspace, task, capabilities, maxTasks);
        capabilities = policy.candidates().capabilities();
        if (Characters.exceed(runner, MAX_RUNNER)) {
            throw InvalidInputException.of("runner", "must be at most " + MAX_RUNNER + " characters");
        }
    }

    public ClaimPolicy policy() {
        return policyOf(actor, workspace, task, capabilities, maxTasks);
    }

    private static ClaimPolicy policyOf(AccountId actor, Optional<WorkspaceId> workspace, Optional<TaskId> task,
                                        List<String> capabilities, int maxTasks) {
        return new ClaimPolicy(new ClaimCandidates(actor, workspace, task, capabilities), maxTasks);
    }
}
