package io.skillify.identity.domain;

/** {@code admin} accounts may create other admin accounts; {@code worker} accounts may not. */
public enum AccessLevel {
    ADMIN, WORKER
}
