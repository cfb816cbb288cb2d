package io.skillify.workspace.application.port.in;

import io.skillify.workspace.domain.view.MemberView;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.domain.Role;
import java.util.Objects;

public interface AddMemberUseCase {

    MemberView add(AddMemberCommand command);

    record AddMemberCommand(WorkspaceId workspace, AccountId actor, AccountId member, Role role) {

        public AddMemberCommand {
            Objects.requireNonNull(workspace, "workspace");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(role, "role");
        }
    }
}
