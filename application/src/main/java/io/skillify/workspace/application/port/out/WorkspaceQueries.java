package io.skillify.workspace.application.port.out;

import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.domain.view.InvitationView;
import io.skillify.workspace.domain.view.MemberView;
import io.skillify.workspace.domain.view.WorkspaceAccess;
import io.skillify.workspace.domain.view.WorkspaceView;
import java.util.List;
import java.util.Optional;

/** Read models of workspaces, straight from storage. An invited account is no member of anything until it accepts. */
public interface WorkspaceQueries {

    WorkspaceAccess accessOf(AccountId account, WorkspaceId workspace);

    List<WorkspaceView> workspacesOf(AccountId account);

    Optional<WorkspaceView> workspace(WorkspaceId workspace, AccountId viewer);

    /** Members and invited accounts, in the order they joined or were invited. */
    Page<MemberView> members(WorkspaceId workspace, PageRequest page);

    Optional<MemberView> member(WorkspaceId workspace, AccountId account);

    /** Pending invitations of {@code account} and of every account it owns, transitively. */
    List<InvitationView> invitationsFor(AccountId account);
}
