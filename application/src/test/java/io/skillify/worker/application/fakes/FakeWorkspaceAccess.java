package io.skillify.worker.application.fakes;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.application.port.in.CheckWorkspaceAccessQuery;
import io.skillify.workspace.domain.Role;
import io.skillify.workspace.domain.view.WorkspaceAccess;
import java.util.HashMap;
import java.util.Map;

/** Memberships in memory: an account is in a workspace with the role {@link #grant} gave it, or not at all. */
public final class FakeWorkspaceAccess implements CheckWorkspaceAccessQuery {

    private final Map<WorkspaceId, Map<AccountId, Role>> members = new HashMap<>();

    public void grant(AccountId account, WorkspaceId workspace, Role role) {
        members.computeIfAbsent(workspace, id -> new HashMap<>()).put(account, role);
    }

    public boolean isMember(AccountId account, WorkspaceId workspace) {
        return members.getOrDefault(workspace, Map.of()).containsKey(account);
    }

    @Override
    public WorkspaceAccess accessOf(AccountId account, WorkspaceId workspace) {
        if (!members.containsKey(workspace)) {
            return new WorkspaceAccess.NoSuchWorkspace();
        }
        Role role = members.get(workspace).get(account);
        return role == null ? new WorkspaceAccess.NotAMember() : new WorkspaceAccess.Member(role);
    }
}
