package io.skillify.workspace.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.shared.application.PageRequest;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.ForbiddenException;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.domain.Role;
import io.skillify.workspace.domain.WorkspaceName;
import io.skillify.workspace.domain.event.WorkspaceCreated;
import io.skillify.workspace.domain.event.WorkspaceDeleted;
import io.skillify.workspace.domain.event.WorkspaceRenamed;
import io.skillify.workspace.domain.view.WorkspaceAccess;
import io.skillify.workspace.domain.view.WorkspaceView;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Creating, renaming, deleting and seeing workspaces, against in-memory ports. */
class WorkspaceRulesTest {

    private final WorkspaceUseCases app = new WorkspaceUseCases();
    private final AccountId alice = app.person("alice");

    @Test
    void theCreatorBecomesTheOnlyOwner() {
        WorkspaceView created = app.create.create(alice, new WorkspaceName("team"));

        assertThat(created.role()).isEqualTo(Role.OWNER);
        assertThat(created.createdBy()).isEqualTo(alice);
        assertThat(app.access.accessOf(alice, created.id())).isEqualTo(new WorkspaceAccess.Member(Role.OWNER));
        assertThat(app.members.members(created.id(), PageRequest.first()).items()).singleElement()
                .satisfies(member -> assertThat(member.accountId()).isEqualTo(alice))
                .satisfies(member -> assertThat(member.role()).isEqualTo(Role.OWNER));
        assertThat(app.events.all()).containsExactly(new WorkspaceCreated(created.id(), "team", alice));
    }

    @Test
    void anAdminRenamesAWorkspace() {
        WorkspaceId workspace = app.workspaceOf(alice);
        AccountId admin = app.memberOf(workspace, alice, Role.ADMIN);

        WorkspaceView renamed = app.rename.rename(workspace, admin, new WorkspaceName("renamed"));

        assertThat(renamed.name()).isEqualTo("renamed");
        assertThat(renamed.role()).isEqualTo(Role.ADMIN);
        assertThat(app.workspaces.nameOf(workspace)).isEqualTo("renamed");
        assertThat(app.events.of(WorkspaceRenamed.class)).containsExactly(new WorkspaceRenamed(workspace, "renamed"));
    }

    @Test
    void aPlainMemberCannotRename() {
        WorkspaceId workspace = app.workspaceOf(alice);
        AccountId member = app.memberOf(workspace, alice, Role.MEMBER);

        assertThatThrownBy(() -> app.rename.rename(workspace, member, new WorkspaceName("mine")))
                .isInstanceOf(ForbiddenException.class);
        assertThat(app.workspaces.nameOf(workspace)).isEqualTo("team");
        assertThat(app.events.of(WorkspaceRenamed.class)).isEmpty();
    }

    @Test
    void aNonMemberRenamingAnExistingWorkspaceIsForbiddenAndAMissingOneIsNotFound() {
        WorkspaceId workspace = app.workspaceOf(alice);
        AccountId stranger = app.person("stranger");

        assertThatThrownBy(() -> app.rename.rename(workspace, stranger, new WorkspaceName("mine")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> app.rename.rename(new WorkspaceId(UUID.randomUUID()), alice,
                new WorkspaceName("x"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void deletingAWorkspacePublishesWorkspaceDeletedAndLeavesNothingToAccess() {
        WorkspaceId workspace = app.workspaceOf(alice);

        app.delete.delete(workspace, alice);

        assertThat(app.events.of(WorkspaceDeleted.class)).containsExactly(new WorkspaceDeleted(workspace, alice));
        assertThat(app.workspaces.exists(workspace)).isFalse();
        assertThat(app.access.accessOf(alice, workspace)).isEqualTo(new WorkspaceAccess.NoSuchWorkspace());
        assertThat(app.mine.workspacesOf(alice)).isEmpty();
    }

    @Test
    void onlyAnOwnerDeletesAWorkspace() {
        WorkspaceId workspace = app.workspaceOf(alice);
        AccountId admin = app.memberOf(workspace, alice, Role.ADMIN);

        assertThatThrownBy(() -> app.delete.delete(workspace, admin)).isInstanceOf(ForbiddenException.class);
        assertThat(app.workspaces.exists(workspace)).isTrue();
        assertThat(app.events.of(WorkspaceDeleted.class)).isEmpty();
    }

    @Test
    void deletingAMissingWorkspaceIsNotFound() {
        assertThatThrownBy(() -> app.delete.delete(new WorkspaceId(UUID.randomUUID()), alice))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aNonMemberDoesNotSeeTheWorkspace() {
        WorkspaceId workspace = app.workspaceOf(alice);
        AccountId stranger = app.person("stranger");

        assertThatThrownBy(() -> app.get.workspace(workspace, stranger)).isInstanceOf(NotFoundException.class);
        assertThat(app.mine.workspacesOf(stranger)).isEmpty();
        assertThat(app.access.accessOf(stranger, workspace)).isEqualTo(new WorkspaceAccess.NotAMember());
    }

    @Test
    void aMemberSeesTheWorkspaceWithItsOwnRole() {
        WorkspaceId workspace = app.workspaceOf(alice);
        AccountId member = app.memberOf(workspace, alice, Role.MEMBER);

        assertThat(app.get.workspace(workspace, member).role()).isEqualTo(Role.MEMBER);
        assertThat(app.mine.workspacesOf(member)).extracting(WorkspaceView::id).containsExactly(workspace);
    }
}
