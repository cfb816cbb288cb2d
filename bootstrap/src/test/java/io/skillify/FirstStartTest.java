package io.skillify;

import static io.skillify.support.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.RunningServer;
import io.skillify.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The first start of a server on an empty database creates exactly one administrator, and later starts none. */
@ExtendWith(OutputCaptureExtension.class)
class FirstStartTest {

    private static final String CONFIGURED = "bld_" + "c0ffee00".repeat(8);
    private static final String OTHER = "bld_" + "deadbeef".repeat(8);

    @Test
    void theConfiguredKeyBelongsToTheAdminAndARestartCreatesNothing() {
        Map<String, Object> database = freshDatabase();
        try (RunningServer server = RunningServer.start(with(database, CONFIGURED))) {
            var me = server.api(CONFIGURED).get("/api/accounts/me");
            assertThat(me.status()).isEqualTo(200);
            assertThat(me.json().get("name").asString()).isEqualTo("admin");
            assertThat(me.json().get("level").asString()).isEqualTo("admin");
            assertThat(me.json().get("type").asString()).isEqualTo("user");
        }
        try (RunningServer restarted = RunningServer.start(with(database, OTHER))) {
            assertError(restarted.api(OTHER).get("/api/accounts/me"), 401, "Invalid API key");
            assertThat(restarted.api(CONFIGURED).get("/api/accounts/me").status()).isEqualTo(200);
        }
    }

    @Test
    void withoutAWellFormedKeyAFreshOneIsPrintedOnce(CapturedOutput output) {
        try (RunningServer server = RunningServer.start(with(freshDatabase(), "not-a-key"))) {
            assertThat(output.getAll()).contains("SKILLIFY_BOOTSTRAP_API_KEY is not a well-formed key");
            Matcher printed = Pattern.compile("shown only this once: (bld_[0-9a-f]{64})").matcher(output.getAll());
            assertThat(printed.find()).isTrue();
            String key = printed.group(1);
            assertThat(server.api(key).get("/api/accounts/me").json().get("name").asString()).isEqualTo("admin");
            assertThat(printed.find()).as("the key is printed once").isFalse();
        }
    }

    @Test
    void twoInstancesStartingTogetherCreateOneAdministrator() throws Exception {
        Map<String, Object> database = freshDatabase();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Future<RunningServer> first = pool.submit(() -> RunningServer.start(with(database, CONFIGURED)));
            Future<RunningServer> second = pool.submit(() -> RunningServer.start(with(database, OTHER)));
            try (RunningServer a = first.get(); RunningServer b = second.get()) {
                boolean configuredWorks = a.api(CONFIGURED).get("/api/accounts/me").status() == 200;
                boolean otherWorks = a.api(OTHER).get("/api/accounts/me").status() == 200;
                assertThat(configuredWorks ^ otherWorks).as("exactly one of the two keys became the admin's").isTrue();
                String winner = configuredWorks ? CONFIGURED : OTHER;
                assertThat(b.api(winner).get("/api/accounts/me").json().get("name").asString()).isEqualTo("admin");
            }
        }
        try (Connection connection = DriverManager.getConnection((String) database.get("spring.datasource.url"),
                TestDatabase.get().username(), TestDatabase.get().password());
             ResultSet count = connection.createStatement().executeQuery("select count(*) from accounts")) {
            count.next();
            assertThat(count.getInt(1)).isEqualTo(1);
        }
    }

    private static Map<String, Object> freshDatabase() {
        TestDatabase db = TestDatabase.get();
        return Map.of("spring.datasource.url", db.freshDatabase(), "spring.datasource.username", db.username(),
                "spring.datasource.password", db.password());
    }

    private static Map<String, Object> with(Map<String, Object> database, String key) {
        var properties = new java.util.HashMap<>(database);
        properties.put("skillify.bootstrap-api-key", key);
        return properties;
    }
}
