package io.skillify.identity.adapter.in.rest.security;

import io.skillify.identity.application.port.in.AuthenticateApiKeyUseCase;
import io.skillify.identity.application.port.in.ProvisionSessionAccountUseCase;
import io.skillify.identity.domain.ApiKeySecret;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.stereotype.Component;

/**
 * API key first, then session: a bearer token that starts with {@code bld_} is an API key, anything else a JWT of
 * the configured issuer. Without a configured issuer (no {@link JwtDecoder}), only API keys authenticate.
 */
@Component
class BearerAuthenticationManagers implements AuthenticationManagerResolver<HttpServletRequest> {

    private final AuthenticationManager apiKeys;
    private final AuthenticationManager sessions;

    BearerAuthenticationManagers(AuthenticateApiKeyUseCase apiKeys, ProvisionSessionAccountUseCase sessions,
                                 ObjectProvider<JwtDecoder> jwtDecoder) {
        this.apiKeys = new ProviderManager(new ApiKeyAuthenticationProvider(apiKeys));
        JwtDecoder decoder = jwtDecoder.getIfAvailable();
        if (decoder == null) {
            this.sessions = authentication -> {
                throw new BadCredentialsException("Unauthorized");
            };
        } else {
            JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
            provider.setJwtAuthenticationConverter(new SessionAccountConverter(sessions));
            this.sessions = new ProviderManager(provider);
        }
    }

    @Override
    public AuthenticationManager resolve(HttpServletRequest request) {
        return ApiKeySecret.looksLikeApiKey(BearerTokens.of(request)) ? apiKeys : sessions;
    }
}
