package io.skillify.identity.application.port.in;

import io.skillify.shared.domain.AccountId;

/**
 * Revokes an account its actor owns and every account it owns, directly or through accounts it owns; all their keys
 * stop working at once.
 */
public interface RevokeAccountUseCase {

    AccountView revoke(AccountId actor, AccountId target);
}
