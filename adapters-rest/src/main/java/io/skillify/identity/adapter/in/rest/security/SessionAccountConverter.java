package io.skillify.identity.adapter.in.rest.security;

import io.skillify.identity.application.port.in.ProvisionSessionAccountUseCase;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.oauth2.jwt.Jwt;

/** Turns a verified session token into its account, provisioning a user account on first sight of a subject. */
final class SessionAccountConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final ProvisionSessionAccountUseCase sessions;

    SessionAccountConverter(ProvisionSessionAccountUseCase sessions) {
        this.sessions = sessions;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String subject = jwt.getSubject();
        if (subject == null || subject.isBlank()) {
            throw new BadCredentialsException("Unauthorized");
        }
        return sessions.accountForSession(subject, displayName(jwt))
                .map(AccountAuthentication::new)
                .orElseThrow(() -> new BadCredentialsException("Unauthorized"));
    }

    private static String displayName(Jwt jwt) {
        for (String claim : new String[] {"name", "preferred_username", "email", "username"}) {
            String value = jwt.getClaimAsString(claim);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
