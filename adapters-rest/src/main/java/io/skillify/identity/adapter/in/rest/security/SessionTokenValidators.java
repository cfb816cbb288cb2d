package io.skillify.identity.adapter.in.rest.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;

/** What a session token must satisfy beyond its signature: expiry, exactly our issuer, and our audience if set. */
final class SessionTokenValidators {

    private SessionTokenValidators() {
    }

    static OAuth2TokenValidator<Jwt> of(String issuer, SessionTokenSettings settings) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(new JwtIssuerValidator(issuer));
        if (settings.checksAudience()) {
            validators.add(new JwtAudienceValidator(settings.audience().strip()));
        }
        return JwtValidators.createDefaultWithValidators(validators);
    }
}
