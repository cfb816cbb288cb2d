package io.skillify.worker.application.port.in;

import io.skillify.shared.domain.WorkspaceId;
import io.skillify.worker.domain.Task;

/** A task with the name of its workspace, as Buildd clients show it. */
public record TaskInWorkspace(Task task, WorkspaceRef workspace) {

    public record WorkspaceRef(WorkspaceId id, String name) {
    }
}
