package io.skillify.workspace.adapter.out.persistence;

import static skillify.jooq.Tables.ACCOUNT_DIRECTORY;
import static skillify.jooq.Tables.WORKSPACES;
import static skillify.jooq.Tables.WORKSPACE_MEMBERS;

import io.skillify.shared.adapter.out.persistence.RenderedQuery;
import io.skillify.shared.application.Cursors;
import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.domain.view.InvitationView;
import io.skillify.workspace.domain.view.MemberView;
import io.skillify.workspace.domain.view.WorkspaceAccess;
import io.skillify.workspace.domain.view.WorkspaceView;
import io.skillify.workspace.application.port.out.WorkspaceQueries;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.SelectConditionStep;
import org.jooq.impl.DSL;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JooqWorkspaceQueries implements WorkspaceQueries {

    private static final Param<UUID> ACCOUNT = DSL.param("account", WORKSPACE_MEMBERS.ACCOUNT_ID);
    private static final Param<UUID> WORKSPACE = DSL.param("workspace", WORKSPACES.ID);
    private static final Name OWNED = DSL.name("owned");
    private static final Field<UUID> OWNED_ID = DSL.field(DSL.name("owned", "id"), UUID.class);

    private final DSLContext db;
    private final RenderedQuery access;

    JooqWorkspaceQueries(DSLContext db, JdbcTemplate jdbc) {
        this.db = db;
        this.access = RenderedQuery.of(jdbc, db, db.select(WORKSPACE_MEMBERS.ROLE)
                .from(WORKSPACES)
                .leftJoin(WORKSPACE_MEMBERS)
                .on(WORKSPACE_MEMBERS.WORKSPACE_ID.eq(WORKSPACES.ID))
                .and(WORKSPACE_MEMBERS.ACCOUNT_ID.eq(ACCOUNT))
                .and(StatusColumn.ACTIVE)
                .where(WORKSPACES.ID.eq(WORKSPACE)), WORKSPACE_MEMBERS.ROLE);
    }

    @Override
    public WorkspaceAccess accessOf(AccountId account, WorkspaceId workspace) {
        return access.bind().set(ACCOUNT, account.value()).set(WORKSPACE, workspace.value()).fetchOptional()
                .<WorkspaceAccess>map(row -> row.get(WORKSPACE_MEMBERS.ROLE) == null
                        ? new WorkspaceAccess.NotAMember()
                        : new WorkspaceAccess.Member(RoleColumn.fromColumn(row.get(WORKSPACE_MEMBERS.ROLE))))
                .orElseGet(WorkspaceAccess.NoSuchWorkspace::new);
    }

    @Override
    public List<WorkspaceView> workspacesOf(AccountId account) {
        return selectViews(WORKSPACE_MEMBERS.ACCOUNT_ID.eq(account.value()).and(StatusColumn.ACTIVE))
                .orderBy(WORKSPACES.CREATED_AT, WORKSPACES.ID)
                .fetch(JooqWorkspaceQueries::toView);
    }

    @Override
    public Optional<WorkspaceView> workspace(WorkspaceId workspace, AccountId viewer) {
        return selectViews(WORKSPACE_MEMBERS.ACCOUNT_ID.eq(viewer.value()).and(StatusColumn.ACTIVE)
                .and(WORKSPACES.ID.eq(workspace.value())))
                .fetchOptional(JooqWorkspaceQueries::toView);
    }

    @Override
    public Page<MemberView> members(WorkspaceId workspace, PageRequest page) {
        Condition condition = WORKSPACE_MEMBERS.WORKSPACE_ID.eq(workspace.value());
        if (page.cursor() != null) {
            MemberCursor after = Cursors.read(page.cursor(), 2,
                    parts -> new MemberCursor(Instant.parse(parts.get(0)), UUID.fromString(parts.get(1))));
            condition = condition.and(DSL.row(WORKSPACE_MEMBERS.JOINED_AT, WORKSPACE_MEMBERS.ACCOUNT_ID)
                    .gt(after.joinedAt(), after.accountId()));
        }
        List<MemberView> rows = selectMembers(condition)
                .orderBy(WORKSPACE_MEMBERS.JOINED_AT, WORKSPACE_MEMBERS.ACCOUNT_ID)
                .limit(page.limit() + 1)
                .fetch(JooqWorkspaceQueries::toMember);
        return Page.fromOverfetch(rows, page.limit(),
                last -> Cursors.encode(last.joinedAt().toString(), last.accountId().toString()));
    }

    @Override
    public Optional<MemberView> member(WorkspaceId workspace, AccountId account) {
        return selectMembers(WORKSPACE_MEMBERS.WORKSPACE_ID.eq(workspace.value())
                .and(WORKSPACE_MEMBERS.ACCOUNT_ID.eq(account.value())))
                .fetchOptional(JooqWorkspaceQueries::toMember);
    }

    @Override
    public List<InvitationView> invitationsFor(AccountId account) {
        CommonTableExpression<Record1<UUID>> owned = OWNED.fields("id").as(
                DSL.select(DSL.val(account.value()).as("id"))
                        .union(DSL.select(ACCOUNT_DIRECTORY.ID)
                                .from(ACCOUNT_DIRECTORY)
                                .join(DSL.table(OWNED)).on(ACCOUNT_DIRECTORY.OWNER_ID.eq(OWNED_ID))
                                .where(ACCOUNT_DIRECTORY.REVOKED_AT.isNull())));
        return db.withRecursive(owned)
                .select(WORKSPACE_MEMBERS.WORKSPACE_ID, WORKSPACES.NAME, WORKSPACE_MEMBERS.ACCOUNT_ID,
                        WORKSPACE_MEMBERS.ROLE, WORKSPACE_MEMBERS.INVITED_BY, WORKSPACE_MEMBERS.JOINED_AT)
                .from(WORKSPACE_MEMBERS)
                .join(WORKSPACES).on(WORKSPACES.ID.eq(WORKSPACE_MEMBERS.WORKSPACE_ID))
                .where(StatusColumn.INVITED)
                .and(WORKSPACE_MEMBERS.ACCOUNT_ID.in(DSL.select(OWNED_ID).from(owned)))
                .orderBy(WORKSPACE_MEMBERS.JOINED_AT, WORKSPACE_MEMBERS.WORKSPACE_ID, WORKSPACE_MEMBERS.ACCOUNT_ID)
                .fetch(row -> new InvitationView(new WorkspaceId(row.value1()), row.value2(),
                        new AccountId(row.value3()), RoleColumn.fromColumn(row.value4()), new AccountId(row.value5()),
                        row.value6()));
    }

    private SelectConditionStep<Record> selectViews(Condition condition) {
        return db.select(WORKSPACES.asterisk(), WORKSPACE_MEMBERS.ROLE)
                .from(WORKSPACES)
                .join(WORKSPACE_MEMBERS).on(WORKSPACE_MEMBERS.WORKSPACE_ID.eq(WORKSPACES.ID))
                .where(condition);
    }

    private SelectConditionStep<Record> selectMembers(Condition condition) {
        return db.select(List.of(WORKSPACE_MEMBERS.ACCOUNT_ID, WORKSPACE_MEMBERS.ROLE, WORKSPACE_MEMBERS.STATUS,
                        WORKSPACE_MEMBERS.JOINED_AT, ACCOUNT_DIRECTORY.NAME, ACCOUNT_DIRECTORY.TYPE))
                .from(WORKSPACE_MEMBERS)
                .join(ACCOUNT_DIRECTORY).on(ACCOUNT_DIRECTORY.ID.eq(WORKSPACE_MEMBERS.ACCOUNT_ID))
                .where(condition);
    }

    private record MemberCursor(Instant joinedAt, UUID accountId) {
    }

    private static WorkspaceView toView(Record row) {
        return new WorkspaceView(new WorkspaceId(row.get(WORKSPACES.ID)), row.get(WORKSPACES.NAME),
                RoleColumn.fromColumn(row.get(WORKSPACE_MEMBERS.ROLE)), new AccountId(row.get(WORKSPACES.CREATED_BY)),
                row.get(WORKSPACES.CREATED_AT));
    }

    private static MemberView toMember(Record row) {
        return new MemberView(new AccountId(row.get(WORKSPACE_MEMBERS.ACCOUNT_ID)), row.get(ACCOUNT_DIRECTORY.NAME),
                row.get(ACCOUNT_DIRECTORY.TYPE), RoleColumn.fromColumn(row.get(WORKSPACE_MEMBERS.ROLE)),
                StatusColumn.fromColumn(row.get(WORKSPACE_MEMBERS.STATUS)), row.get(WORKSPACE_MEMBERS.JOINED_AT));
    }
}
