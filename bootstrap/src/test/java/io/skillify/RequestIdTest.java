package io.skillify;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class RequestIdTest extends IntegrationTest {

    @Test
    void theCallersRequestIdIsEchoed() {
        var response = admin().withHeader("X-Request-Id", "trace-123.abc").get("/api/accounts/me");
        assertThat(response.header("X-Request-Id")).isEqualTo("trace-123.abc");
    }

    @Test
    void aRequestIdIsGeneratedWhenNoneIsSent() {
        var first = admin().get("/api/accounts/me").header("X-Request-Id");
        var second = admin().get("/api/accounts/me").header("X-Request-Id");
        assertThat(first).isNotBlank().isNotEqualTo(second);
    }

    @Test
    void everyAnswerCarriesOneEvenErrorsAndPublicRoutes() {
        assertThat(anonymous().get("/api/accounts/me").header("X-Request-Id")).isNotBlank();
        assertThat(admin().get("/api/nope").header("X-Request-Id")).isNotBlank();
        assertThat(anonymous().get("/actuator/health").header("X-Request-Id")).isNotBlank();
    }

    @Test
    void anUnsafeRequestIdIsReplaced() {
        var response = admin().withHeader("X-Request-Id", "x".repeat(500)).get("/api/accounts/me");
        assertThat(response.header("X-Request-Id")).hasSizeLessThan(100);
    }
}
