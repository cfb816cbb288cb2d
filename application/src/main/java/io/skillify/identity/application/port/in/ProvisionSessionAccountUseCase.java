package io.skillify.identity.application.port.in;

import java.util.Optional;

/**
 * The account behind a verified session token's subject, created as a user account on first sight. Empty when
 * that account was revoked.
 */
public interface ProvisionSessionAccountUseCase {

    Optional<AccountView> accountForSession(String subject, String displayName);
}
