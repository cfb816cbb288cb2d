package io.skillify.shared.adapter.in.rest;

import io.skillify.shared.domain.AccountId;

/**
 * The authenticated caller of a request, as established by the security filter chain. Controllers take it as a
 * parameter; it is never read from the request body.
 */
public record CurrentAccount(AccountId id, String name, String type, String level, int maxConcurrentWorkers) {
}
