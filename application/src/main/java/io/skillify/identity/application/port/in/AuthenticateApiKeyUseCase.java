package io.skillify.identity.application.port.in;


import java.util.Optional;

/** Who presents this API key: the active account it belongs to, or nobody for an unknown or revoked key. */
public interface AuthenticateApiKeyUseCase {

    Optional<AccountView> authenticate(String presentedKey);
}
