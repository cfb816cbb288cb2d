package io.skillify.workspace.adapter.out.persistence;

import static skillify.jooq.Tables.WORKSPACES;
import static skillify.jooq.Tables.WORKSPACE_MEMBERS;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.application.port.out.WorkspaceRepository;
import io.skillify.workspace.domain.Membership;
import io.skillify.workspace.domain.Workspace;
import io.skillify.workspace.domain.WorkspaceName;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import skillify.jooq.tables.records.WorkspaceMembersRecord;

@Repository
class JooqWorkspaceRepository implements WorkspaceRepository {

    private final DSLContext db;

    JooqWorkspaceRepository(DSLContext db) {
        this.db = db;
    }

    @Override
    public void insert(Workspace workspace) {
        db.insertInto(WORKSPACES)
                .set(WORKSPACES.ID, workspace.id().value())
                .set(WORKSPACES.NAME, workspace.name().value())
                .set(WORKSPACES.CREATED_BY, workspace.createdBy().value())
                .set(WORKSPACES.CREATED_AT, workspace.createdAt())
                .execute();
        upsertMembers(workspace);
    }

    @Override
    public Optional<Workspace> loadForUpdate(WorkspaceId id) {
        return db.selectFrom(WORKSPACES).where(WORKSPACES.ID.eq(id.value())).forUpdate().fetchOptional()
                .map(row -> new Workspace(id, new WorkspaceName(row.getName()), new AccountId(row.getCreatedBy()),
                        row.getCreatedAt(),
                        db.selectFrom(WORKSPACE_MEMBERS)
                                .where(WORKSPACE_MEMBERS.WORKSPACE_ID.eq(id.value()))
                                .orderBy(WORKSPACE_MEMBERS.JOINED_AT, WORKSPACE_MEMBERS.ACCOUNT_ID)
                                .fetch(JooqWorkspaceRepository::toMembership)));
    }

    @Override
    public void update(Workspace workspace) {
        UUID id = workspace.id().value();
        db.update(WORKSPACES).set(WORKSPACES.NAME, workspace.name().value()).where(WORKSPACES.ID.eq(id)).execute();
        db.deleteFrom(WORKSPACE_MEMBERS)
                .where(WORKSPACE_MEMBERS.WORKSPACE_ID.eq(id))
                .and(WORKSPACE_MEMBERS.ACCOUNT_ID.notIn(
                        workspace.members().stream().map(m -> m.accountId().value()).toList()))
                .execute();
        upsertMembers(workspace);
    }

    @Override
    public void delete(WorkspaceId id) {
        db.deleteFrom(WORKSPACES).where(WORKSPACES.ID.eq(id.value())).execute();
    }

    private void upsertMembers(Workspace workspace) {
        var insert = db.insertInto(WORKSPACE_MEMBERS, WORKSPACE_MEMBERS.WORKSPACE_ID, WORKSPACE_MEMBERS.ACCOUNT_ID,
                WORKSPACE_MEMBERS.ROLE, WORKSPACE_MEMBERS.STATUS, WORKSPACE_MEMBERS.JOINED_AT,
                WORKSPACE_MEMBERS.INVITED_BY);
        for (Membership member : workspace.members()) {
            insert = insert.values(workspace.id().value(), member.accountId().value(),
                    RoleColumn.toColumn(member.role()), StatusColumn.toColumn(member.status()), member.since(),
                    member.invitedBy() == null ? null : member.invitedBy().value());
        }
        insert.onConflict(WORKSPACE_MEMBERS.WORKSPACE_ID, WORKSPACE_MEMBERS.ACCOUNT_ID)
                .doUpdate()
                .set(WORKSPACE_MEMBERS.ROLE, DSL.excluded(WORKSPACE_MEMBERS.ROLE))
                .set(WORKSPACE_MEMBERS.STATUS, DSL.excluded(WORKSPACE_MEMBERS.STATUS))
                .set(WORKSPACE_MEMBERS.JOINED_AT, DSL.excluded(WORKSPACE_MEMBERS.JOINED_AT))
                .where(DSL.row(WORKSPACE_MEMBERS.ROLE, WORKSPACE_MEMBERS.STATUS, WORKSPACE_MEMBERS.JOINED_AT)
                        .isDistinctFrom(DSL.row(DSL.excluded(WORKSPACE_MEMBERS.ROLE),
                                DSL.excluded(WORKSPACE_MEMBERS.STATUS), DSL.excluded(WORKSPACE_MEMBERS.JOINED_AT))))
                .execute();
    }

    private static Membership toMembership(WorkspaceMembersRecord row) {
        return new Membership(new AccountId(row.getAccountId()), RoleColumn.fromColumn(row.getRole()),
                StatusColumn.fromColumn(row.getStatus()), row.getJoinedAt(),
                row.getInvitedBy() == null ? null : new AccountId(row.getInvitedBy()));
    }
}
