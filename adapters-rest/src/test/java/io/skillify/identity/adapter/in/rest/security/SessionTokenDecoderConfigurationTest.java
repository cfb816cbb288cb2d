package io.skillify.identity.adapter.in.rest.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

class SessionTokenDecoderConfigurationTest {

    private static final String ISSUER = "https://issuer.example";
    private static final String AUDIENCE = "https://api.example";

    @Test
    void aKeySetWithoutAnIssuerRefusesToStartAndSaysWhatToSet() {
        assertThatThrownBy(() -> SessionTokenDecoderConfiguration.decoder(null, "https://keys.example/jwks.json",
                new SessionTokenSettings(null)))
                .isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI");
    }

    @Test
    void aKeySetWithAnIssuerBuildsADecoder() {
        assertThat(SessionTokenDecoderConfiguration.decoder(ISSUER, "https://keys.example/jwks.json",
                new SessionTokenSettings(AUDIENCE))).isNotNull();
    }

    @Test
    void theIssuerIsAlwaysChecked() {
        OAuth2TokenValidator<Jwt> validator = SessionTokenValidators.of(ISSUER, new SessionTokenSettings(null));
        assertThat(validator.validate(token(ISSUER, List.of())).hasErrors()).isFalse();
        assertThat(validator.validate(token("https://elsewhere.example", List.of())).hasErrors()).isTrue();
    }

    @Test
    void aConfiguredAudienceMustBeNamedByTheToken() {
        OAuth2TokenValidator<Jwt> validator = SessionTokenValidators.of(ISSUER, new SessionTokenSettings(AUDIENCE));
        assertThat(validator.validate(token(ISSUER, List.of(AUDIENCE))).hasErrors()).isFalse();
        assertThat(validator.validate(token(ISSUER, List.of("other", AUDIENCE))).hasErrors()).isFalse();
        assertThat(validator.validate(token(ISSUER, List.of("other"))).hasErrors()).isTrue();
        assertThat(validator.validate(token(ISSUER, List.of())).hasErrors()).isTrue();
    }

    @Test
    void withoutAConfiguredAudienceAnyAudienceIsAccepted() {
        OAuth2TokenValidator<Jwt> validator = SessionTokenValidators.of(ISSUER, new SessionTokenSettings(" "));
        assertThat(validator.validate(token(ISSUER, List.of("anything"))).hasErrors()).isFalse();
    }

    private static Jwt token(String issuer, List<String> audiences) {
        Jwt.Builder jwt = Jwt.withTokenValue("token").header("alg", "RS256").subject("user_1")
                .claim("iss", issuer)
                .issuedAt(Instant.now().minusSeconds(60)).expiresAt(Instant.now().plusSeconds(600));
        if (!audiences.isEmpty()) {
            jwt.audience(audiences);
        }
        return jwt.build();
    }
}
