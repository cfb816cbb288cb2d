package io.skillify.worker.application;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.ForbiddenException;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.application.port.in.CheckWorkspaceAccessQuery;
import io.skillify.workspace.domain.view.WorkspaceAccess;
import io.skillify.workspace.domain.Role;

/** Membership checks of the worker routes, which name workspaces in bodies and filters rather than in the path. */
final class WorkspaceGate {

    private final CheckWorkspaceAccessQuery access;

    WorkspaceGate(CheckWorkspaceAccessQuery access) {
        this.access = access;
    }

    boolean isMember(AccountId account, WorkspaceId workspace) {
        return access.accessOf(account, workspace) instanceof WorkspaceAccess.Member;
    }

    /** 403 unless {@code account} holds at least {@code role} in the workspace (an unknown workspace included). */
    void require(AccountId account, WorkspaceId workspace, Role role) {
        if (!(access.accessOf(account, workspace) instanceof WorkspaceAccess.Member member)
                || !member.role().isAtLeast(role)) {
            throw new ForbiddenException();
        }
    }
}
