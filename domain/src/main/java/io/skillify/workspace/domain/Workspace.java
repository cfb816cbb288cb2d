package io.skillify.workspace.domain;

import io.skillify.shared.domain.AccountId;
import io.skillify.shared.domain.ConflictException;
import io.skillify.shared.domain.DomainEvent;
import io.skillify.shared.domain.ForbiddenException;
import io.skillify.shared.domain.NotFoundException;
import io.skillify.shared.domain.WorkspaceId;
import io.skillify.workspace.domain.event.InvitationDeclined;
import io.skillify.workspace.domain.event.InvitationWithdrawn;
import io.skillify.workspace.domain.event.MemberAdded;
import io.skillify.workspace.domain.event.MemberInvited;
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
 * admins, deletion for owners; anyone may leave; and there is always at least one owner. An account joins only with
 * its consent: added by someone who neither is it nor owns it, it is invited, and an invited account is no member
 * (it has no role, acts on nothing and keeps no workspace from losing its last owner) until it accepts.
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

    /**
     * Adds {@code account} at once when the actor speaks for it (is it, or owns it: {@code actorOwnsAccount}),
     * otherwise invites it.
     */
    public DomainEvent addOrInvite(AccountId actor, AccountId account, Role role, boolean actorOwnsAccount,
                                   Instant now) {
        return actor.equals(account) || actorOwnsAccount
                ? addMember(actor, account, role, now)
                : invite(actor, account, role, now);
    }

    /** Adds a member at once: only for an account that consents, because the actor is it or owns it. */
    public MemberAdded addMember(AccountId actor, AccountId newMember, Role role, Instant now) {
        requireRole(actor, grantingRole(role));
        requireAbsent(newMember);
        members.put(newMember, new Membership(newMember, role, now));
        return new MemberAdded(id, newMember, role);
    }

    public MemberInvited invite(AccountId actor, AccountId invitee, Role role, Instant now) {
        requireRole(actor, grantingRole(role));
        requireAbsent(invitee);
        members.put(invitee, Membership.invitation(invitee, role, actor, now));
        return new MemberInvited(id, invitee, role, actor);
    }

    /** The invited account consents: from {@code now} on it is a member with the role it was invited to. */
    public MemberAdded acceptInvitation(AccountId invitee, Instant now) {
        Membership invitation = requireInvitation(invitee);
        members.put(invitee, invitation.accepted(now));
        return new MemberAdded(id, invitee, invitation.role());
    }

    /** The invited account refuses; the invitation is gone, and a new one may be made later. */
    public InvitationDeclined declineInvitation(AccountId invitee) {
        requireInvitation(invitee);
        members.remove(invitee);
        return new InvitationDeclined(id, invitee);
    }

    public MemberRoleChanged changeRole(AccountId actor, AccountId target, Role newRole) {
        Membership current = requireMember(target);
        boolean touchesOwners = current.role() == Role.OWNER || newRole == Role.OWNER;
        requireRole(actor, touchesOwners ? Role.OWNER : Role.ADMIN);
        if (current.isActive() && current.role() == Role.OWNER && newRole != Role.OWNER) {
            requireAnotherOwnerBesides(target);
        }
        members.put(target, current.withRole(newRole));
        return new MemberRoleChanged(id, target, current.role(), newRole);
    }

    /** Removes a member ({@link MemberRemoved}), or withdraws an invitation ({@link InvitationWithdrawn}). */
    public DomainEvent removeMember(AccountId actor, AccountId target) {
        Membership current = requireMember(target);
        boolean leaving = actor.equals(target);
        if (!leaving) {
            requireRole(actor, current.role() == Role.OWNER ? Role.OWNER : Role.ADMIN);
        }
        if (!current.isActive()) {
            members.remove(target);
            return new InvitationWithdrawn(id, target, actor);
        }
        if (current.role() == Role.OWNER) {
            requireAnotherOwnerBesides(target);
        }
        members.remove(target);
        return new MemberRemoved(id, target, actor);
    }

    /** The role of a member; empty for an account that is not one, an invited account included. */
    public Optional<Role> roleOf(AccountId account) {
        return Optional.ofNullable(members.get(account)).filter(Membership::isActive).map(Membership::role);
    }

    private static Role grantingRole(Role granted) {
        return granted == Role.OWNER ? Role.OWNER : Role.ADMIN;
    }

    private void requireAbsent(AccountId account) {
        Membership existing = members.get(account);
        if (existing != null) {
            throw new ConflictException(existing.isActive()
                    ? "Account is already a member of this workspace"
                    : "Account is already invited to this workspace");
        }
    }

    private Membership requireInvitation(AccountId invitee) {
        Membership membership = members.get(invitee);
        if (membership == null || membership.isActive()) {
            throw new NotFoundException("Invitation");
        }
        return membership;
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
                .anyMatch(m -> m.isActive() && m.role() == Role.OWNER && !m.accountId().equals(owner));
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
