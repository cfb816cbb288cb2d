package io.skillify.identity.application.port.in;

/** A new account with the plaintext of its API key, which is never available again. */
public record IssuedAccount(AccountView account, String apiKey) {
}
