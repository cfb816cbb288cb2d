package io.skillify.workspace.domain;

/** A member's role in a workspace, from most to least powerful: owner, admin, member. */
public enum Role {
    MEMBER, ADMIN, OWNER;

    public boolean isAtLeast(Role required) {
        return compareTo(required) >= 0;
    }
}
