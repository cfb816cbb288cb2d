package io.skillify.workspace.domain;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import java.time.Instant;
import java.util.UUID;

/** A workspace with one owner, one admin and one plain member, plus a stranger who belongs to none of it. */
final class WorkspaceFixtures {

    static final Instant CREATED_AT = Instant.parse("2025-01-01T09:00:00Z");
    static final Instant LATER = Instant.parse("2025-01-02T09:00:00Z");

    final AccountId owner = anAccount();
    final AccountId admin = anAccount();
    final AccountId member = anAccount();
    final AccountId stranger = anAccount();
    final Workspace workspace;

    private WorkspaceFixtures() {
        workspace = Workspace.create(aWorkspaceId(), new WorkspaceName("Skillify"), owner, CREATED_AT);
        workspace.addMember(owner, admin, Role.ADMIN, CREATED_AT);
        workspace.addMember(owner, member, Role.MEMBER, CREATED_AT);
    }

    static WorkspaceFixtures aTeam() {
        return new WorkspaceFixtures();
    }

    static AccountId anAccount() {
        return new AccountId(UUID.randomUUID());
    }

    static WorkspaceId aWorkspaceId() {
        return new WorkspaceId(UUID.randomUUID());
    }
}
