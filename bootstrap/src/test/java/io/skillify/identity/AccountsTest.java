package io.skillify.identity;

import static io.skillify.support.ErrorAssertions.assertError;
import static io.skillify.support.ErrorAssertions.detailPaths;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AccountsTest extends IntegrationTest {

    @Test
    void meAnswersInTheBuilddShape() {
        var me = admin().get("/api/accounts/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("success").asBoolean()).isTrue();
        assertThat(me.json().get("name").asString()).isEqualTo("admin");
        assertThat(me.json().get("type").asString()).isEqualTo("user");
        assertThat(me.json().get("level").asString()).isEqualTo("admin");
        assertThat(me.json().has("id")).isTrue();
        assertThat(me.json().has("maxConcurrentWorkers")).isTrue();
        assertThat(me.json().has("data")).isFalse();
    }

    @Test
    void creatingAnAccountReturnsItsKeyOnceAndTheKeyWorks() {
        ApiResponse created = admin().post("/api/accounts",
                Map.of("name", "ci-runner", "type", "service", "maxConcurrentWorkers", 7));
        assertThat(created.status()).isEqualTo(201);
        JsonNode data = created.data();
        assertThat(data.get("name").asString()).isEqualTo("ci-runner");
        assertThat(data.get("type").asString()).isEqualTo("service");
        assertThat(data.get("level").asString()).isEqualTo("worker");
        assertThat(data.get("maxConcurrentWorkers").asInt()).isEqualTo(7);
        String key = data.get("apiKey").asString();
        assertThat(key).matches("bld_[0-9a-f]{64}");

        var me = admin().as(key).get("/api/accounts/me");
        assertThat(me.json().get("id").asString()).isEqualTo(data.get("id").asString());
    }

    @Test
    void defaultsAreServiceWorkerAndThree() {
        JsonNode data = admin().post("/api/accounts", Map.of("name", "defaults")).data();
        assertThat(data.get("type").asString()).isEqualTo("service");
        assertThat(data.get("level").asString()).isEqualTo("worker");
        assertThat(data.get("maxConcurrentWorkers").asInt()).isEqualTo(3);
    }

    @Test
    void listingShowsOwnedAccountsWithoutAnyKeyMaterial() {
        var owner = newAccount("owner-of-three");
        for (int i = 0; i < 3; i++) {
            newAccountBy(owner.api(), "child-" + i);
        }
        newAccount("someone-elses");

        ApiResponse list = owner.api().get("/api/accounts");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.data().valueStream().map(a -> a.get("name").asString()))
                .containsExactly("child-0", "child-1", "child-2");
        assertThat(list.raw()).doesNotContain("apiKey").doesNotContain("bld_").doesNotContain("digest");
        assertThat(list.json().has("nextCursor")).isFalse();
    }

    @Test
    void listingPagesWithACursor() {
        var owner = newAccount("pager");
        for (int i = 0; i < 5; i++) {
            newAccountBy(owner.api(), "page-" + i);
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            ApiResponse page = owner.api().get("/api/accounts?limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).isEqualTo(200);
            page.data().forEach(a -> seen.add(a.get("name").asString()));
            cursor = page.json().has("nextCursor") ? page.json().get("nextCursor").asString() : null;
            pages++;
        } while (cursor != null);
        assertThat(seen).containsExactly("page-0", "page-1", "page-2", "page-3", "page-4");
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void badPagingParametersAreRejected() {
        assertThat(detailPaths(assertError(admin().get("/api/accounts?limit=0"), 400))).containsExactly("limit");
        assertThat(detailPaths(assertError(admin().get("/api/accounts?limit=201"), 400))).containsExactly("limit");
        assertThat(detailPaths(assertError(admin().get("/api/accounts?limit=ten"), 400))).containsExactly("limit");
        assertThat(detailPaths(assertError(admin().get("/api/accounts?cursor=%25%25%25"), 400)))
                .containsExactly("cursor");
    }

    @Test
    void onlyAdminsCreateAdmins() {
        var worker = newAccount("plain-worker");
        assertError(worker.api().post("/api/accounts", Map.of("name", "wannabe", "level", "admin")), 403,
                "Forbidden");

        var admin2 = admin().post("/api/accounts", Map.of("name", "second-admin", "level", "admin"));
        assertThat(admin2.status()).isEqualTo(201);
        assertThat(admin2.data().get("level").asString()).isEqualTo("admin");
    }

    @Test
    void anyAccountCanCreateWorkerAccounts() {
        var worker = newAccount("parent-worker");
        var child = worker.api().post("/api/accounts", Map.of("name", "child"));
        assertThat(child.status()).isEqualTo(201);
        assertThat(child.data().get("ownerId").asString()).isEqualTo(worker.id().toString());
    }

    @Test
    void eachMalformedFieldIsReportedWithItsPath() {
        var response = assertError(admin().post("/api/accounts",
                Map.of("name", "", "type", "robot", "level", "god", "maxConcurrentWorkers", -1)), 400);
        assertThat(detailPaths(response))
                .containsExactlyInAnyOrder("name", "type", "level", "maxConcurrentWorkers");

        assertThat(detailPaths(assertError(admin().post("/api/accounts", Map.of()), 400))).containsExactly("name");
        assertThat(detailPaths(assertError(admin().post("/api/accounts", Map.of("name", "x".repeat(101))), 400)))
                .containsExactly("name");
        assertThat(detailPaths(assertError(admin().post("/api/accounts",
                Map.of("name", "n", "maxConcurrentWorkers", "many")), 400))).containsExactly("maxConcurrentWorkers");
        assertThat(detailPaths(assertError(admin().post("/api/accounts", "[1,2]"), 400))).isNotNull();
        assertThat(detailPaths(assertError(admin().post("/api/accounts", Map.of("name", "tab\there")), 400)))
                .containsExactly("name");
    }

    @Test
    void regeneratingAKeyStopsTheOldOneAtOnce() {
        var bot = newAccount("rotating-bot");
        ApiResponse regenerated = admin().post("/api/accounts/" + bot.id() + "/regenerate-key", null);
        assertThat(regenerated.status()).isEqualTo(200);
        String newKey = regenerated.data().get("apiKey").asString();
        assertThat(newKey).matches("bld_[0-9a-f]{64}").isNotEqualTo(bot.key());

        assertError(bot.api().get("/api/accounts/me"), 401, "Invalid API key");
        assertThat(bot.api().as(newKey).get("/api/accounts/me").status()).isEqualTo(200);
    }

    @Test
    void anAccountMayRotateItsOwnKey() {
        var bot = newAccount("self-rotating");
        ApiResponse regenerated = bot.api().post("/api/accounts/" + bot.id() + "/regenerate-key", null);
        assertThat(regenerated.status()).isEqualTo(200);
        assertThat(bot.api().as(regenerated.data().get("apiKey").asString()).get("/api/accounts/me").status())
                .isEqualTo(200);
    }

    @Test
    void accountsOfOthersAreNotFound() {
        var bot = newAccount("not-yours");
        var stranger = newAccount("stranger");
        assertError(stranger.api().post("/api/accounts/" + bot.id() + "/regenerate-key", null), 404,
                "Account not found");
        assertError(stranger.api().delete("/api/accounts/" + bot.id()), 404, "Account not found");
        assertThat(bot.api().get("/api/accounts/me").status()).isEqualTo(200);
    }

    @Test
    void unknownOrMalformedAccountIdsAreNotFound() {
        assertError(admin().delete("/api/accounts/0190a8c4-0000-7000-8000-000000000000"), 404);
        assertError(admin().delete("/api/accounts/not-a-uuid"), 404);
    }

    @Test
    void revokingTwiceFindsNothingTheSecondTime() {
        var bot = newAccount("revoke-twice");
        ApiResponse revoked = admin().delete("/api/accounts/" + bot.id());
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.data().get("revokedAt").isNull()).isFalse();
        assertError(admin().delete("/api/accounts/" + bot.id()), 404);
        assertThat(admin().get("/api/accounts").raw()).doesNotContain(bot.id().toString());
    }
}
