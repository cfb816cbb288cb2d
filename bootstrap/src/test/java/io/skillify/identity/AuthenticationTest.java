package io.skillify.identity;

import static io.skillify.support.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.IntegrationTest;
import io.skillify.support.TestIdentityProvider;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class AuthenticationTest extends IntegrationTest {

    private final TestIdentityProvider idp = TestIdentityProvider.get();

    @Test
    void noCredentialsIsUnauthorized() {
        assertError(anonymous().get("/api/accounts/me"), 401, "Unauthorized");
        assertError(anonymous().get("/api/workspaces"), 401, "Unauthorized");
    }

    @Test
    void anUnknownKeyIsAnInvalidApiKey() {
        assertError(anonymous().as("bld_" + "f".repeat(64)).get("/api/accounts/me"), 401, "Invalid API key");
    }

    @Test
    void aMalformedKeyIsAnInvalidApiKey() {
        assertError(anonymous().as("bld_not-a-key").get("/api/accounts/me"), 401, "Invalid API key");
        assertError(anonymous().as("bld_" + "A".repeat(64)).get("/api/accounts/me"), 401, "Invalid API key");
    }

    @Test
    void otherSchemesAreUnauthorized() {
        var basic = anonymous().withHeader("Authorization", "Basic YWRtaW46YWRtaW4=");
        assertError(basic.get("/api/accounts/me"), 401, "Unauthorized");
    }

    @Test
    void theKeyOfARevokedAccountStopsWorkingAtOnce() {
        var bot = newAccount("revoked-bot");
        assertThat(bot.api().get("/api/accounts/me").status()).isEqualTo(200);

        assertThat(admin().delete("/api/accounts/" + bot.id()).status()).isEqualTo(200);

        assertError(bot.api().get("/api/accounts/me"), 401, "Invalid API key");
    }

    @Test
    void aSessionTokenOfTheConfiguredIssuerAuthenticatesAndProvisionsAUserOnce() {
        String subject = TestIdentityProvider.newSubject();
        var session = anonymous().as(idp.token(subject, "Ada Lovelace"));

        var first = session.get("/api/accounts/me");
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(first.json().get("type").asString()).isEqualTo("user");
        assertThat(first.json().get("level").asString()).isEqualTo("worker");
        assertThat(first.json().get("maxConcurrentWorkers").asInt()).isEqualTo(3);

        var again = anonymous().as(idp.token(subject, "Ada Lovelace")).get("/api/accounts/me");
        assertThat(again.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
    }

    @Test
    void concurrentFirstRequestsOfOneSubjectProvisionOneAccount() throws Exception {
        String subject = TestIdentityProvider.newSubject();
        String token = idp.token(subject, "Racer");
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> ids = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                ids.add(pool.submit(() -> {
                    start.await();
                    var me = anonymous().as(token).get("/api/accounts/me");
                    assertThat(me.status()).as(me.toString()).isEqualTo(200);
                    return me.json().get("id").asString();
                }));
            }
            start.countDown();
            Set<String> distinct = new HashSet<>();
            for (Future<String> id : ids) {
                distinct.add(id.get());
            }
            assertThat(distinct).hasSize(1);
        }
    }

    @Test
    void aSessionUserCanUseTheApiLikeAnyAccount() {
        var session = anonymous().as(idp.token(TestIdentityProvider.newSubject(), "Grace"));
        var created = session.post("/api/workspaces", java.util.Map.of("name", "Grace's"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.data().get("role").asString()).isEqualTo("owner");
    }

    @Test
    void anExpiredTokenIsUnauthorized() {
        assertError(anonymous().as(idp.expiredToken(TestIdentityProvider.newSubject())).get("/api/accounts/me"),
                401, "Unauthorized");
    }

    @Test
    void aTokenSignedByAnUnpublishedKeyIsUnauthorized() {
        assertError(anonymous().as(idp.tokenSignedByStranger(TestIdentityProvider.newSubject()))
                .get("/api/accounts/me"), 401, "Unauthorized");
    }

    @Test
    void aTokenOfAnotherIssuerIsUnauthorized() {
        assertError(anonymous().as(idp.tokenFromOtherIssuer(TestIdentityProvider.newSubject()))
                .get("/api/accounts/me"), 401, "Unauthorized");
    }

    @Test
    void garbageTokensAreUnauthorized() {
        assertError(anonymous().as("not.a.jwt").get("/api/accounts/me"), 401, "Unauthorized");
        assertError(anonymous().withHeader("Authorization", "Bearer").get("/api/accounts/me"), 401);
    }

    @Test
    void theApiKeyIsTriedFirstThenTheSession() {
        var bot = newAccount("key-first");
        var me = bot.api().get("/api/accounts/me");
        assertThat(me.json().get("id").asString()).isEqualTo(bot.id().toString());
        assertThat(me.json().get("type").asString()).isEqualTo("service");
    }
}
