package io.skillify.workspace.domain;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.ConflictException;
import io.skillify.shared.domain.ForbiddenException;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.domain.event.MemberAdded;
import io.skillify.workspace.domain.event.MemberRemoved;
import io.skillify.workspace.domain.event.MemberRoleChanged;
import io.skillify.workspace.domain.event.WorkspaceDeleted;
import io.skillify.workspace.domain.event.WorkspaceRenamed;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A tenant and its members. Every change is made by an acting member (the {@code actor}) and returns the event it
 * caused. The rules: admins manage members; only owners grant, change or remove the owner role, rename is for
 * admins, deletion for owners; anyone may leave; and there is always at least one owner.
 */
public final class Workspace {

    private final WorkspaceId id;
    private WorkspaceName name;
    private final AccountId createdBy;
    private final Instant createdAt;
    private final Map<AccountId, Membership> members;

    public Workspace(WorkspaceId id, WorkspaceName name, AccountId createdBy, Instant createdAt,
                     Collection<Membership> members) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.members = new LinkedHashMap<>();
        members.forEach(m -> this.members.put(m.accountId(), m));
    }

    /** A new workspace whose creator is its first owner. */
    public static Workspace create(WorkspaceId id, WorkspaceName name, AccountId creator, Instant now) {
        return new Workspace(id, name, creator, now, List.of(new Membership(creator, Role.OWNER, now)));
    }

    public WorkspaceRenamed rename(AccountId actor, WorkspaceName newName) {
        requireRole(actor, Role.ADMIN);
        this.name = Objects.requireNonNull(newName);
        return new WorkspaceRenamed(id, newName.value());
    }

    public WorkspaceDeleted delete(AccountId actor) {
        requireRole(actor, Role.OWNER);
        return new WorkspaceDeleted(id, actor);
    }

    public MemberAdded addMember(AccountId actor, AccountId newMember, Role role, Instant now) {
        requireRole(actor, role == Role.OWNER ? Role.OWNER : Role.ADMIN);
        if (members.containsKey(newMember)) {
            throw new ConflictException("Account is already a member of this workspace");
        }
        members.put(newMember, new Membership(newMember, role, now));
        return new MemberAdded(id, newMember, role);
    }

    public MemberRoleChanged changeRole(AccountId actor, AccountId target, Role newRole) {
        Membership current = requireMember(target);
        boolean touchesOwners = current.role() == Role.OWNER || newRole == Role.OWNER;
        requireRole(actor, touchesOwners ? Role.OWNER : Role.ADMIN);
        if (current.role() == Role.OWNER && newRole != Role.OWNER) {
            requireAnotherOwnerBesides(target);
        }
        members.put(target, current.withRole(newRole));
        return new MemberRoleChanged(id, target, current.role(), newRole);
    }

    public MemberRemoved removeMember(AccountId actor, AccountId target) {
        Membership current = requireMember(target);
        boolean leaving = actor.equals(target);
        if (!leaving) {
            requireRole(actor, current.role() == Role.OWNER ? Role.OWNER : Role.ADMIN);
        }
        if (current.role() == Role.OWNER) {
            requireAnotherOwnerBesides(target);
        }
        members.remove(target);
        return new MemberRemoved(id, target, actor);
    }

    public Optional<Role> roleOf(AccountId account) {
        return Optional.ofNullable(members.get(account)).map(Membership::role);
    }

    private void requireRole(AccountId actor, Role required) {
        Role role = roleOf(actor).orElseThrow(ForbiddenException::new);
        if (!role.isAtLeast(required)) {
            throw new ForbiddenException();
        }
    }

    private Membership requireMember(AccountId account) {
        Membership membership = members.get(account);
        if (membership == null) {
            throw new NotFoundException("Member");
        }
        return membership;
    }

    private void requireAnotherOwnerBesides(AccountId owner) {
        boolean another = members.values().stream()
                .anyMatch(m -> m.role() == Role.OWNER && !m.accountId().equals(owner));
        if (!another) {
            throw new LastOwnerException();
        }
    }

    public WorkspaceId id() {
        return id;
    }

    public WorkspaceName name() {
        return name;
    }

    public AccountId createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Collection<Membership> members() {
        return Collections.unmodifiableCollection(members.values());
    }
}
