package io.skillify.workspace.domain;

import static io.skillify.workspace.domain.WorkspaceFixtures.aTeam;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.DomainException;
import io.skillify.shared.domain.ForbiddenException;
import io.skillify.workspace.domain.event.WorkspaceDeleted;
import io.skillify.workspace.domain.event.WorkspaceRenamed;
import org.junit.jupiter.api.Test;

class RenameAndDeleteRightsTest {

    private final WorkspaceFixtures team = aTeam();

    @Test
    void an_admin_renames_the_workspace() {
        assertRenames(team.admin);
    }

    @Test
    void an_owner_renames_the_workspace() {
        assertRenames(team.owner);
    }

    @Test
    void a_member_or_stranger_may_not_rename() {
        assertForbidden(() -> team.workspace.rename(team.member, new WorkspaceName("Hijacked")));
        assertForbidden(() -> team.workspace.rename(team.stranger, new WorkspaceName("Hijacked")));
        assertThat(team.workspace.name()).isEqualTo(new WorkspaceName("Skillify"));
    }

    @Test
    void an_owner_deletes_the_workspace() {
        WorkspaceDeleted deleted = team.workspace.delete(team.owner);

        assertThat(deleted).isEqualTo(new WorkspaceDeleted(team.workspace.id(), team.owner));
    }

    @Test
    void an_admin_a_member_or_a_stranger_may_not_delete() {
        assertForbidden(() -> team.workspace.delete(team.admin));
        assertForbidden(() -> team.workspace.delete(team.member));
        assertForbidden(() -> team.workspace.delete(team.stranger));
    }

    private void assertRenames(AccountId actor) {
        WorkspaceRenamed renamed = team.workspace.rename(actor, new WorkspaceName("  Skillify Labs  "));

        assertThat(renamed).isEqualTo(new WorkspaceRenamed(team.workspace.id(), "Skillify Labs"));
        assertThat(team.workspace.name()).isEqualTo(new WorkspaceName("Skillify Labs"));
    }

    private static void assertForbidden(Runnable action) {
        assertThatThrownBy(action::run)
                .isInstanceOf(ForbiddenException.class)
                .extracting(e -> ((DomainException) e).kind())
                .isEqualTo(DomainException.Kind.FORBIDDEN);
    }
}
