package io.skillify.identity.domain;

/** A person ({@code user}) or a worker/runner ({@code service}). */
public enum AccountType {
    USER, SERVICE
}
