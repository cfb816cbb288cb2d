package io.skillify.workspace.domain;

/** An account in a workspace is a member ({@code ACTIVE}) or only invited until it consents ({@code INVITED}). */
public enum MembershipStatus {
    ACTIVE, INVITED
}
