package io.skillify;

import static io.skillify.support.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.RunningServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When the database goes away, callers get 503 with Retry-After, never a 500 or a hanging request. */
class DatabaseOutageTest {

    private static final String KEY = "bld_" + "d".repeat(64);

    @Test
    void anUnreachableDatabaseAnswers503WithRetryAfter() throws Exception {
        EmbeddedPostgres database = EmbeddedPostgres.builder().start();
        Map<String, Object> properties = Map.of(
                "spring.datasource.url", database.getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username", "postgres",
                "spring.datasource.hikari.connection-timeout", 1000,
                "skillify.bootstrap-api-key", KEY);
        try (RunningServer server = RunningServer.start(properties)) {
            var api = server.api(KEY);
            assertThat(api.get("/api/accounts/me").status()).isEqualTo(200);

            database.close();

            var authenticated = assertError(api.get("/api/accounts/me"), 503);
            assertThat(authenticated.header("Retry-After")).isEqualTo("5");
            assertThat(server.api(null).get("/actuator/health").status()).isEqualTo(503);
        }
    }
}
