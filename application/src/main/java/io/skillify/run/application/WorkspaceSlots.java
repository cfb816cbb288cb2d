package io.skillify.run.application;

import io.skillify.shared.domain.WorkspaceId;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * How many runs of each workspace this instance advances at once, never more than {@code perWorkspace}: one
 * workspace's slow steps cannot hold every engine slot, so another workspace's runs still start.
 */
final class WorkspaceSlots {

    private final int perWorkspace;
    private final ConcurrentMap<WorkspaceId, Integer> taken = new ConcurrentHashMap<>();

    WorkspaceSlots(int perWorkspace) {
        if (perWorkspace < 1) {
            throw new IllegalArgumentException("a workspace needs at least one slot");
        }
        this.perWorkspace = perWorkspace;
    }

    /** Half the engine's slots (at least one): what one workspace may hold of an instance of that concurrency. */
    static WorkspaceSlots shareOf(int concurrency) {
        return new WorkspaceSlots(Math.max(1, (concurrency + 1) / 2));
    }

    /** Takes a slot of {@code workspace}; false when it holds all of its share already. */
    boolean tryTake(WorkspaceId workspace) {
        boolean[] granted = {false};
        taken.compute(workspace, (id, count) -> {
            int now = count == null ? 0 : count;
            granted[0] = now < perWorkspace;
            return granted[0] ? now + 1 : count;
        });
        return granted[0];
    }

    void giveBack(WorkspaceId workspace) {
        taken.computeIfPresent(workspace, (id, count) -> count <= 1 ? null : count - 1);
    }
}
