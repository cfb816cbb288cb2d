package io.skillify.identity.adapter.in.rest.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code SKILLIFY_JWT_AUDIENCE}: when set, a session token is accepted only if its {@code aud} names this value.
 * Unset (the default), any audience is accepted and a warning says so at start-up.
 */
@ConfigurationProperties("skillify.jwt")
record SessionTokenSettings(String audience) {

    boolean checksAudience() {
        return audience != null && !audience.isBlank();
    }
}
