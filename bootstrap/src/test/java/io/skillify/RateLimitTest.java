package io.skillify;

import static io.skillify.support.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.Api;
import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A server whose per-account limit is 5 requests a minute. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RateLimitTest {

    private static final int LIMIT = 5;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void lowLimit(DynamicPropertyRegistry registry) {
        IntegrationTest.register(registry, LIMIT);
    }

    @Test
    void anAccountPastItsLimitGets429WithRetryAfterWhileOthersGoOn() {
        Api admin = new Api("http://127.0.0.1:" + port, IntegrationTest.ADMIN_KEY);
        String firstKey = admin.post("/api/accounts", Map.of("name", "greedy")).data().get("apiKey").asString();
        String secondKey = admin.post("/api/accounts", Map.of("name", "patient")).data().get("apiKey").asString();
        Api greedy = admin.as(firstKey);

        for (int i = 1; i <= LIMIT; i++) {
            ApiResponse ok = greedy.get("/api/accounts/me");
            assertThat(ok.status()).isEqualTo(200);
            assertThat(ok.header("RateLimit-Limit")).isEqualTo(Integer.toString(LIMIT));
            assertThat(ok.header("RateLimit-Remaining")).isEqualTo(Integer.toString(LIMIT - i));
            assertThat(Long.parseLong(ok.header("RateLimit-Reset"))).isBetween(1L, 60L);
        }

        ApiResponse limited = assertError(greedy.get("/api/accounts/me"), 429, "Rate limit exceeded");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(limited.header("RateLimit-Remaining")).isEqualTo("0");
        assertThat(limited.json().get("limit").asInt()).isEqualTo(LIMIT);
        assertThat(limited.json().get("current").asInt()).isEqualTo(LIMIT);

        assertThat(admin.as(secondKey).get("/api/accounts/me").status()).isEqualTo(200);
    }
}
