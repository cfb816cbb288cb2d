package io.skillify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.skillify.support.Api;
import io.skillify.support.ApiResponse;
import io.skillify.support.ServerProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The executable jar, run as the README says, started again and again on one data directory: its first requests
 * (the OpenAPI document, health, a run) race the background loops' class loading, and every time health answers
 * and SIGTERM ends the process within 30 s. Runs after {@code package} (failsafe), twenty starts as the issue asks;
 * {@code -Dskillify.jar-starts=3} is a shorter local run.
 */
class ServerJarStartsIT {

    private static final String KEY = "bld_" + "f".repeat(64);
    private static final Duration START = Duration.ofSeconds(300);
    private static final Duration FIRST_ANSWER = Duration.ofSeconds(300);
    private static final Duration GRACE = Duration.ofSeconds(30);

    @TempDir
    Path dataDir;

    @Test
    void everyStartAnswersItsFirstRequestsAndStopsOnSigterm() throws Exception {
        Path jar = Path.of(System.getProperty("skillify.jar", "target/skillify.jar"));
        assertThat(jar).as("the jar built by package").exists();
        int starts = Integer.getInteger("skillify.jar-starts", 20);
        String runsPath = prepareAutomation(jar);
        for (int start = 1; start <= starts; start++) {
            try (ServerProcess server = ServerProcess.fromJar(jar, dataDir, KEY);
                 ExecutorService clients = Executors.newFixedThreadPool(3)) {
                Api api = server.api();
                var apiDocs = CompletableFuture.supplyAsync(() -> firstAnswer(api, a -> a.get("/v3/api-docs")),
                        clients);
                var health = CompletableFuture.supplyAsync(() -> firstHealthy(api), clients);
                var run = CompletableFuture.supplyAsync(() -> firstAnswer(api, a -> a.post(runsPath,
                        Map.of("input", Map.of()))), clients);
                assertThat(health.get(FIRST_ANSWER.toSeconds() + 10, TimeUnit.SECONDS).status())
                        .as("health on start %d; log:\n%s", start, server.log()).isEqualTo(200);
                assertThat(apiDocs.get(FIRST_ANSWER.toSeconds() + 10, TimeUnit.SECONDS).status())
                        .as("OpenAPI document on start %d", start).isEqualTo(200);
                assertThat(run.get(FIRST_ANSWER.toSeconds() + 10, TimeUnit.SECONDS).status())
                        .as("a run on start %d", start).isEqualTo(202);
                assertThat(server.terminate(GRACE))
                        .as("SIGTERM ended start %d within %s; log:\n%s", start, GRACE, server.log()).isTrue();
            }
        }
    }

    /** A workspace and a small automation, made once; every later start sends its first run to them. */
    private String prepareAutomation(Path jar) throws Exception {
        try (ServerProcess server = ServerProcess.fromJar(jar, dataDir, KEY).awaitHealthy(START)) {
            Api api = server.api();
            String workspace = api.post("/api/workspaces", Map.of("name", "starts")).data().get("id").asString();
            String automation = api.post("/api/" + workspace + "/automations", Map.of("name", "first run", "flow",
                    Map.of("nodes", List.of(
                                    Map.of("id", "start", "type", "trigger.manual", "position", Map.of("x", 0, "y", 0),
                                            "data", Map.of()),
                                    Map.of("id", "hello", "type", "notify.log", "position", Map.of("x", 0, "y", 0),
                                            "data", Map.of("message", "hello"))),
                            "edges", List.of(Map.of("id", "e1", "source", "start", "target", "hello")))))
                    .data().get("id").asString();
            assertThat(server.terminate(GRACE)).isTrue();
            return "/api/" + workspace + "/automations/" + automation + "/runs";
        }
    }

    /** Health says 503 until the application is ready; a user polls it until it says 200. */
    private static ApiResponse firstHealthy(Api api) {
        return await("health says 200").atMost(FIRST_ANSWER).pollInterval(Duration.ofMillis(50))
                .until(() -> firstAnswer(api, a -> a.get("/actuator/health")), health -> health.status() == 200);
    }

    /** Sends the request as soon as the server listens, as a user's first request would be. */
    private static ApiResponse firstAnswer(Api api, Function<Api, ApiResponse> request) {
        return await("the server listens").atMost(FIRST_ANSWER).pollInterval(Duration.ofMillis(50))
                .ignoreExceptionsMatching(RuntimeException.class::isInstance)
                .until(() -> request.apply(api), answer -> true);
    }
}
