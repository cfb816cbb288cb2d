package io.skillify.workspace.application.fakes;

import io.skillify.shared.application.Page;
import io.skillify.shared.application.PageRequest;
import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.application.port.out.WorkspaceQueries;
import io.skillify.workspace.application.port.out.WorkspaceRepository;
import io.skillify.workspace.domain.Membership;
import io.skillify.workspace.domain.MembershipStatus;
import io.skillify.workspace.domain.Workspace;
import io.skillify.workspace.domain.view.InvitationView;
import io.skillify.workspace.domain.view.MemberView;
import io.skillify.workspace.domain.view.WorkspaceAccess;
import io.skillify.workspace.domain.view.WorkspaceView;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Workspaces and their members in memory, read the way the database adapter reads them: an invited account is no
 * member until it accepts. Stored copies are kept, so a change that is not written with {@code update} is lost, as
 * it would be after a rollback. Locks are no-ops (tests run in one thread).
 */
public final class InMemoryWorkspaces implements WorkspaceRepository, WorkspaceQueries {

    private final Map<WorkspaceId, Workspace> stored = new LinkedHashMap<>();
    private final FakeAccountDirectory accounts;

    public InMemoryWorkspaces(FakeAccountDirectory accounts) {
        this.accounts = accounts;
    }

    public boolean exists(WorkspaceId id) {
        return stored.containsKey(id);
    }

    /** The stored membership of {@code account}, invitations included. */
    public Optional<Membership> membershipOf(WorkspaceId workspace, AccountId account) {
        return Optional.ofNullable(stored.get(workspace)).flatMap(found -> found.members().stream()
                .filter(membership -> membership.accountId().equals(account)).findFirst());
    }

    public String nameOf(WorkspaceId workspace) {
        return stored.get(workspace).name().value();
    }

    @Override
    public void insert(Workspace workspace) {
        stored.put(workspace.id(), copy(workspace));
    }

    @Override
    public Optional<Workspace> loadForUpdate(WorkspaceId id) {
        return Optional.ofNullable(stored.get(id)).map(InMemoryWorkspaces::copy);
    }

    @Override
    public void update(Workspace workspace) {
        stored.put(workspace.id(), copy(workspace));
    }

    @Override
    public void delete(WorkspaceId id) {
        stored.remove(id);
    }

    @Override
    public WorkspaceAccess accessOf(AccountId account, WorkspaceId workspace) {
        Workspace found = stored.get(workspace);
        if (found == null) {
            return new WorkspaceAccess.NoSuchWorkspace();
        }
        return found.roleOf(account).<WorkspaceAccess>map(WorkspaceAccess.Member::new)
                .orElseGet(WorkspaceAccess.NotAMember::new);
    }

    @Override
    public List<WorkspaceView> workspacesOf(AccountId account) {
        return stored.values().stream().flatMap(workspace -> view(workspace, account).stream()).toList();
    }

    @Override
    public Optional<WorkspaceView> workspace(WorkspaceId workspace, AccountId viewer) {
        return Optional.ofNullable(stored.get(workspace)).flatMap(found -> view(found, viewer));
    }

    @Override
    public Page<MemberView> members(WorkspaceId workspace, PageRequest page) {
        return new Page<>(Optional.ofNullable(stored.get(workspace)).stream()
                .flatMap(found -> found.members().stream())
                .sorted(Comparator.comparing(Membership::since))
                .map(this::member).toList(), null);
    }

    @Override
    public Optional<MemberView> member(WorkspaceId workspace, AccountId account) {
        return membershipOf(workspace, account).map(this::member);
    }

    @Override
    public List<InvitationView> invitationsFor(AccountId account) {
        return stored.values().stream().flatMap(workspace -> workspace.members().stream()
                .filter(membership -> membership.status() == MembershipStatus.INVITED)
                .filter(membership -> membership.accountId().equals(account)
                        || accounts.owns(account, membership.accountId()))
                .map(membership -> new InvitationView(workspace.id(), workspace.name().value(),
                        membership.accountId(), membership.role(), membership.invitedBy(), membership.since())))
                .sorted(Comparator.comparing(InvitationView::invitedAt))
                .toList();
    }

    private static Optional<WorkspaceView> view(Workspace workspace, AccountId viewer) {
        return workspace.roleOf(viewer).map(role -> new WorkspaceView(workspace.id(), workspace.name().value(), role,
                workspace.createdBy(), workspace.createdAt()));
    }

    private MemberView member(Membership membership) {
        return new MemberView(membership.accountId(), accounts.nameOf(membership.accountId()), "service",
                membership.role(), membership.status(), membership.since());
    }

    private static Workspace copy(Workspace workspace) {
        return new Workspace(workspace.id(), workspace.name(), workspace.createdBy(), workspace.createdAt(),
                List.copyOf(workspace.members()));
    }
}
