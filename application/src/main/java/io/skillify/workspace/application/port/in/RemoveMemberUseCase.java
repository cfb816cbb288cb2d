package io.skillify.workspace.application.port.in;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;

/** Removes a member; a member may always remove itself (leave), unless it is the last owner. */
public interface RemoveMemberUseCase {

    void remove(WorkspaceId workspace, AccountId actor, AccountId member);
}
