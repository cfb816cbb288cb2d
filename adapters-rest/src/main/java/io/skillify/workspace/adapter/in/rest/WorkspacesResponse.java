package io.skillify.workspace.adapter.in.rest;

import java.util.List;

/** {@code GET /api/workspaces} in the Buildd shape: {@code {success, workspaces: [...]}}. */
record WorkspacesResponse(boolean success, List<WorkspaceResponse> workspaces) {
}
