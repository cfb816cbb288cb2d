package io.skillify.workspace.domain.view;

import io.skillify.workspace.domain.Role;

/** What an account may do in a workspace: nothing (it does not exist, or the account is not in it), or its role. */
public sealed interface WorkspaceAccess {

    record NoSuchWorkspace() implements WorkspaceAccess {
    }

    record NotAMember() implements WorkspaceAccess {
    }

    record Member(Role role) implements WorkspaceAccess {
    }
}
