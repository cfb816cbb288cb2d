package io.skillify.workspace.application.port.in;

import io.skillify.workspace.domain.view.MemberView;
import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.domain.WorkspaceId;

/** A workspace's members and invited accounts, in the order they joined or were invited. */
public interface ListMembersQuery {

    Page<MemberView> members(WorkspaceId workspace, PageRequest page);
}
