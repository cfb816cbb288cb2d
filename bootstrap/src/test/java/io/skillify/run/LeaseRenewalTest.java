package io.skillify.run;

import static io.skillify.run.RunsTest.awaitEnd;
import static io.skillify.run.RunsTest.edge;
import static io.skillify.run.RunsTest.node;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.skillify.support.Api;
import io.skillify.support.RunningServer;
import io.skillify.support.TestDatabase;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A step that outlives the lease keeps it: the run is never advanced twice, the slow call happens once. */
class LeaseRenewalTest {

    private static final String KEY = "bld_" + "7".repeat(64);

    @Test
    void aSlowStepLongerThanTheLeaseRunsOnce() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch stopping = new CountDownLatch(1);
        HttpServer slow = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        slow.createContext("/slow", exchange -> {
            calls.incrementAndGet();
            try {
                stopping.await(3, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        slow.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        slow.start();
        TestDatabase db = TestDatabase.get();
        try (RunningServer server = RunningServer.start(Map.of("spring.datasource.url", db.freshDatabase(),
                "spring.datasource.username", db.username(), "spring.datasource.password", db.password(),
                "skillify.bootstrap-api-key", KEY, "skillify.engine.lease", "1s",
                "skillify.engine.poll-interval", "100ms", "skillify.http.allow-private-networks", true))) {
            Api api = server.api(KEY);
            UUID workspace = UUID.fromString(api.post("/api/workspaces", Map.of("name", "slow")).data().get("id")
                    .asString());
            String automation = api.post("/api/" + workspace + "/automations", Map.of("name", "slow", "flow",
                    Map.of("nodes", List.of(node("start", "trigger.manual", Map.of()),
                                    node("call", "http.request", Map.of("url",
                                            "http://127.0.0.1:" + slow.getAddress().getPort() + "/slow"))),
                            "edges", List.of(edge("e1", "start", "call", null))))).data().get("id").asString();
            String runId = api.post("/api/" + workspace + "/automations/" + automation + "/runs", Map.of())
                    .data().get("id").asString();

            var run = awaitEnd(api, workspace, runId, Duration.ofSeconds(20));
            assertThat(run.get("status").asString()).isEqualTo("succeeded");
            // the run has ended: a second claimer could only have called while it was still running
            assertThat(calls.get()).as("the slow endpoint was called once").isEqualTo(1);
        } finally {
            stopping.countDown();
            slow.stop(0);
        }
    }
}
