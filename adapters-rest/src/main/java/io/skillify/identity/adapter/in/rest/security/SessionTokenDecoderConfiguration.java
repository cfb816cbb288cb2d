package io.skillify.identity.adapter.in.rest.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * The session-token decoder, replacing Spring Boot's so that the issuer is always checked and the audience whenever
 * {@code SKILLIFY_JWT_AUDIENCE} is set. Keys come from the JWK set URI when given, else from the issuer's OpenID
 * discovery document (fetched on first use). A JWK set URI without an issuer is refused at start-up: tokens of any
 * issuer trusted by that key set would otherwise be accepted.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SessionTokenSettings.class)
class SessionTokenDecoderConfiguration {

    static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    static final String JWK_SET_URI = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";

    private static final Logger log = LoggerFactory.getLogger(SessionTokenDecoderConfiguration.class);

    @Bean
    @Conditional(SessionIssuerConfigured.class)
    JwtDecoder sessionTokenDecoder(Environment environment, SessionTokenSettings settings) {
        return decoder(environment.getProperty(ISSUER_URI), environment.getProperty(JWK_SET_URI), settings);
    }

    static JwtDecoder decoder(String issuerUri, String jwkSetUri, SessionTokenSettings settings) {
        boolean hasIssuer = issuerUri != null && !issuerUri.isBlank();
        boolean hasKeySet = jwkSetUri != null && !jwkSetUri.isBlank();
        if (!hasIssuer) {
            throw new InvalidConfigurationPropertyValueException(JWK_SET_URI, jwkSetUri,
                    "Session tokens need a known issuer: also set " + ISSUER_URI
                            + " (SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI) to the issuer whose tokens"
                            + " are accepted.");
        }
        String issuer = issuerUri.strip();
        if (!settings.checksAudience()) {
            log.warn("SKILLIFY_JWT_AUDIENCE is not set: session tokens of {} are accepted whatever their audience."
                    + " Set it to the audience your identity provider puts in tokens meant for this API.", issuer);
        }
        if (hasKeySet) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri.strip()).build();
            decoder.setJwtValidator(SessionTokenValidators.of(issuer, settings));
            return decoder;
        }
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
            decoder.setJwtValidator(SessionTokenValidators.of(issuer, settings));
            return decoder;
        });
    }

    /** Either property turns session tokens on. */
    static final class SessionIssuerConfigured extends AnyNestedCondition {

        SessionIssuerConfigured() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnProperty(ISSUER_URI)
        static final class IssuerUri {
        }

        @ConditionalOnProperty(JWK_SET_URI)
        static final class JwkSetUri {
        }
    }
}
