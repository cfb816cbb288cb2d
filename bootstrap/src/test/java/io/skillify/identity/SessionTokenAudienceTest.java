package io.skillify.identity;

import static io.skillify.support.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.IntegrationTest;
import io.skillify.support.TestIdentityProvider;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A server that accepts only session tokens meant for it (SKILLIFY_JWT_AUDIENCE) and of its issuer. */
class SessionTokenAudienceTest extends IntegrationTest {

    private static final String AUDIENCE = "https://api.skillify.test";

    @DynamicPropertySource
    static void audience(DynamicPropertyRegistry registry) {
        registry.add("skillify.jwt.audience", () -> AUDIENCE);
    }

    private final TestIdentityProvider idp = TestIdentityProvider.get();

    @Test
    void aTokenForThisAudienceAuthenticates() {
        var me = anonymous().as(idp.tokenWith(TestIdentityProvider.newSubject(), TestIdentityProvider.ISSUER,
                AUDIENCE)).get("/api/accounts/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
    }

    @Test
    void oneOfSeveralAudiencesIsEnough() {
        var me = anonymous().as(idp.tokenWith(TestIdentityProvider.newSubject(), TestIdentityProvider.ISSUER,
                "https://other.test", AUDIENCE)).get("/api/accounts/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
    }

    @Test
    void aTokenForAnotherAudienceIsUnauthorized() {
        assertError(anonymous().as(idp.tokenWith(TestIdentityProvider.newSubject(), TestIdentityProvider.ISSUER,
                "https://other.test")).get("/api/accounts/me"), 401, "Unauthorized");
    }

    @Test
    void aTokenWithoutAudienceIsUnauthorized() {
        assertError(anonymous().as(idp.tokenWith(TestIdentityProvider.newSubject(), TestIdentityProvider.ISSUER))
                .get("/api/accounts/me"), 401, "Unauthorized");
    }

    @Test
    void theRightAudienceFromAnotherIssuerIsUnauthorized() {
        assertError(anonymous().as(idp.tokenWith(TestIdentityProvider.newSubject(), "https://elsewhere.test",
                AUDIENCE)).get("/api/accounts/me"), 401, "Unauthorized");
    }
}
