package io.skillify.worker.domain;

import io.skillify.shared.domain.InvalidInputException;
import io.skillify.shared.domain.WorkspaceId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who may claim what (contract §5, Claim): the {@link ClaimCandidates candidates} are filtered before anything is
 * counted, taken in {@link ClaimOrder} up to {@code maxTasks} (default 3, at most 50), and the account receives
 * {@code min(maxTasks, limit − active)} of them; with no room at its limit it is refused (429). A claim re-checks,
 * once the account is locked, that the claimant is still an active member of each task's workspace and still active
 * itself, so that a membership removal or revocation that ran meanwhile wins.
 *
 * <p>The persistence adapter executes this policy as one atomic statement sequence in one transaction; the methods
 * here are the rules it follows, stated on plain objects.
 */
public record ClaimPolicy(ClaimCandidates candidates, int maxTasks) {

    public static final int DEFAULT_MAX_TASKS = 3;
    public static final int MAX_TASKS = 50;

    public ClaimPolicy {
        Objects.requireNonNull(candidates);
        if (maxTasks < 1 || maxTasks > MAX_TASKS) {
            throw InvalidInputException.of("maxTasks", "must be between 1 and " + MAX_TASKS);
        }
    }

    /** {@code maxTasks} as sent, or the default when none was. */
    public static ClaimPolicy of(ClaimCandidates candidates, Integer maxTasks) {
        return new ClaimPolicy(candidates, maxTasks == null ? DEFAULT_MAX_TASKS : maxTasks);
    }

    public List<ClaimOrder> order() {
        return ClaimOrder.KEYS;
    }

    /** The tasks picked from {@code tasks}: admitted candidates only, best first, at most {@code maxTasks}. */
    public List<Task> pick(Collection<Task> tasks, Set<WorkspaceId> activeMemberships) {
        return tasks.stream()
                .filter(task -> candidates.admits(task, activeMemberships))
                .sorted(ClaimOrder.COMPARATOR)
                .limit(maxTasks)
                .toList();
    }

    /**
     * Whether a picked task may still be kept once the account is locked: its account is not revoked and still an
     * active member of the task's workspace.
     */
    public boolean stillAllowed(WorkspaceId taskWorkspace, Set<WorkspaceId> activeMemberships, boolean accountActive) {
        return accountActive && activeMemberships.contains(taskWorkspace);
    }

    /**
     * How many of the picked tasks the account may keep, given its {@code limit} and the {@code active} workers it
     * had before this claim: {@code min(maxTasks, limit − active)}; none at (or above) the limit is a refusal.
     */
    public ClaimAllowance allowance(int limit, int active) {
        if (active >= limit) {
            return new ClaimAllowance.AtLimit(limit, active);
        }
        return new ClaimAllowance.Room(Math.min(maxTasks, limit - active));
    }
}
