package io.skillify.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Base of the end-to-end tests: the whole server on a random port, talking to the one test PostgreSQL, reached
 * over real HTTP. Every test makes its own accounts and workspaces, so tests never see each other's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTest {

    /** The first administrator's key, configured as SKILLIFY_BOOTSTRAP_API_KEY would be. */
    public static final String ADMIN_KEY = "bld_" + "0123456789abcdef".repeat(4);

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        register(registry, 1_000_000);
    }

    /** Points a server under test at the test database and identity provider, with the given rate limit. */
    public static void register(DynamicPropertyRegistry registry, int rateLimitPerMinute) {
        TestDatabase database = TestDatabase.get();
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
        // Many test contexts stay cached side by side on one PostgreSQL: an idle one keeps only a few connections.
        registry.add("spring.datasource.hikari.minimum-idle", () -> 2);
        registry.add("spring.datasource.hikari.idle-timeout", () -> 10_000);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TestIdentityProvider.get()::jwksUri);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> TestIdentityProvider.ISSUER);
        registry.add("skillify.bootstrap-api-key", () -> ADMIN_KEY);
        registry.add("skillify.rate-limit-per-minute", () -> rateLimitPerMinute);
        registry.add("skillify.sse.heartbeat", () -> "200ms");
        registry.add("skillify.http.allow-private-networks", () -> true);
    }

    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    protected Api anonymous() {
        return new Api(baseUrl(), null);
    }

    protected Api admin() {
        return new Api(baseUrl(), ADMIN_KEY);
    }

    /** A new service account created by the administrator, with a client holding its key. */
    protected Caller newAccount(String name) {
        return newAccountBy(admin(), name);
    }

    protected Caller newAccountBy(Api creator, String name) {
        ApiResponse created = creator.post("/api/accounts", Map.of("name", name));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode data = created.data();
        String key = data.get("apiKey").asString();
        return new Caller(UUID.fromString(data.get("id").asString()), name, key, creator.as(key));
    }

    /** A new workspace owned by {@code owner}. */
    protected UUID newWorkspace(Caller owner) {
        ApiResponse created = owner.api().post("/api/workspaces", Map.of("name", "ws-" + UUID.randomUUID()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.data().get("id").asString());
    }

    /**
     * Makes {@code member} a member with {@code role}: added by {@code owner}, and, when that only invites it (the
     * owner does not own the account), accepted by the member itself.
     */
    protected void addMember(Caller owner, UUID workspace, Caller member, String role) {
        ApiResponse added = owner.api().post("/api/" + workspace + "/members",
                Map.of("accountId", member.id().toString(), "role", role));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        if ("invited".equals(added.data().path("status").asString(""))) {
            ApiResponse accepted = member.api().post("/api/invitations/" + workspace + "/accept", Map.of());
            assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        }
    }

    public record Caller(UUID id, String name, String key, Api api) {
    }
}
