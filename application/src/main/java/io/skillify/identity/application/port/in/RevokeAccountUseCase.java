package io.skillify.identity.application.port.in;

import io.skillify.shared.domain.AccountId;

/** Revokes an account its actor owns; its keys stop working at once. */
public interface RevokeAccountUseCase {

    AccountView revoke(AccountId actor, AccountId target);
}
