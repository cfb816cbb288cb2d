package io.skillify.workspace.adapter.in.rest.api;

import io.skillify.shared.adapter.in.rest.CurrentAccount;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.domain.Role;

/**
 * The checked context of a workspace-scoped request: which workspace, who asks, and the role they hold there.
 * Controllers take it as a parameter instead of reading the path variable themselves.
 */
public record WorkspaceScope(WorkspaceId workspaceId, CurrentAccount caller, Role role) {

    public AccountId callerId() {
        return caller.id();
    }
}
