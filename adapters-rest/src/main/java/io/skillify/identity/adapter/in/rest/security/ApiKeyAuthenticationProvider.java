package io.skillify.identity.adapter.in.rest.security;

import io.skillify.identity.application.port.in.AuthenticateApiKeyUseCase;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/** Authenticates {@code bld_…} bearer tokens against the stored key digests. */
final class ApiKeyAuthenticationProvider implements AuthenticationProvider {

    static final String INVALID_API_KEY = "Invalid API key";

    private final AuthenticateApiKeyUseCase apiKeys;

    ApiKeyAuthenticationProvider(AuthenticateApiKeyUseCase apiKeys) {
        this.apiKeys = apiKeys;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String token = ((BearerTokenAuthenticationToken) authentication).getToken();
        return apiKeys.authenticate(token)
                .map(AccountAuthentication::new)
                .orElseThrow(() -> new BadCredentialsException(INVALID_API_KEY));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
