package io.skillify.worker.domain;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.WorkspaceId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which tasks a claimant may be handed: {@code pending} ones, in workspaces where it is an active member, narrowed to
 * {@code workspace} and to {@code task} when given, whose required capabilities are all among those it offers.
 * {@link #admits} is the rule; the persistence adapter states the same filter in SQL.
 */
public record ClaimCandidates(AccountId claimant, Optional<WorkspaceId> workspace, Optional<TaskId> task,
                              List<String> capabilities) {

    public static final int MAX_CAPABILITIES = 200;

    public ClaimCandidates {
        Objects.requireNonNull(claimant);
        Objects.requireNonNull(workspace);
        Objects.requireNonNull(task);
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
        if (capabilities.size() > MAX_CAPABILITIES) {
            throw InvalidInputException.of("capabilities", "must list at most " + MAX_CAPABILITIES);
        }
        for (int i = 0; i < capabilities.size(); i++) {
            if (!Capabilities.isValid(capabilities.get(i))) {
                throw InvalidInputException.of("capabilities[" + i + "]", "is not a capability name");
            }
        }
    }

    /** The status a task must have to be claimed. */
    public TaskStatus status() {
        return TaskStatus.PENDING;
    }

    /**
     * Whether the claimant may be handed {@code candidate}, given the workspaces where it is an active member (the
     * workspace context's published read model).
     */
    public boolean admits(Task candidate, Set<WorkspaceId> activeMemberships) {
        return candidate.status() == status()
                && activeMemberships.contains(candidate.workspaceId())
                && workspace.map(candidate.workspaceId()::equals).orElse(true)
                && task.map(candidate.id()::equals).orElse(true)
                && capabilities.containsAll(candidate.spec().requiredCapabilities());
    }
}
