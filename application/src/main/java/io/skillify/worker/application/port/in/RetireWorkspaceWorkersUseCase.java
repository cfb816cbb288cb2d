package io.skillify.worker.application.port.in;

import io.skillify.shared.domain.WorkspaceId;

/**
 * A workspace is being deleted: its workers (and tasks) go with it, but a worker still running learns to stop, its
 * later reports answered with 409 {@code abort} and {@link #WORKSPACE_DELETED} as the reason. Runs in the caller's
 * transaction, before the workspace's rows are deleted.
 */
public interface RetireWorkspaceWorkersUseCase {

    String WORKSPACE_DELETED = "workspace deleted";

    void workspaceDeleted(WorkspaceId workspace);
}
