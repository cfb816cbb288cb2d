package io.skillify.workspace.domain;

import static io.skillify.workspace.domain.WorkspaceFixtures.CREATED_AT;
import static io.skillify.workspace.domain.WorkspaceFixtures.aWorkspaceId;
import static io.skillify.workspace.domain.WorkspaceFixtures.anAccount;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import org.junit.jupiter.api.Test;

class CreatorBecomesOwnerTest {

    @Test
    void the_creator_is_the_only_member_and_an_owner() {
        AccountId creator = anAccount();
        WorkspaceId id = aWorkspaceId();

        Workspace workspace = Workspace.create(id, new WorkspaceName("Research"), creator, CREATED_AT);

        assertThat(workspace.members()).containsExactly(new Membership(creator, Role.OWNER, CREATED_AT));
        assertThat(workspace.roleOf(creator)).contains(Role.OWNER);
        assertThat(workspace.id()).isEqualTo(id);
        assertThat(workspace.name()).isEqualTo(new WorkspaceName("Research"));
        assertThat(workspace.createdBy()).isEqualTo(creator);
        assertThat(workspace.createdAt()).isEqualTo(CREATED_AT);
    }

    @Test
    void nobody_else_is_a_member_of_a_new_workspace() {
        Workspace workspace = Workspace.create(aWorkspaceId(), new WorkspaceName("Research"), anAccount(), CREATED_AT);

        assertThat(workspace.roleOf(anAccount())).isEmpty();
    }
}
