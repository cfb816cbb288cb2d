package io.skillify.run;

import static io.skillify.run.RunsTest.awaitEnd;
import static io.skillify.run.RunsTest.edge;
import static io.skillify.run.RunsTest.node;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.skillify.support.Api;
import io.skillify.support.IntegrationTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A server with the default {@code SKILLIFY_HTTP_ALLOW_PRIVATE_NETWORKS=false}: steps cannot reach its networks.
 * Not an {@link IntegrationTest}, whose property source (which allows them) would win over this class's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpStepPrivateNetworksTest {

    @DynamicPropertySource
    static void privateNetworksRefused(DynamicPropertyRegistry registry) {
        IntegrationTest.register(registry, 1_000_000);
        registry.add("skillify.http.allow-private-networks", () -> false);
    }

    @LocalServerPort
    int port;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private Api member;
    private UUID workspace;

    @BeforeEach
    void serverAndWorkspace() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        Api admin = new Api("http://127.0.0.1:" + port, IntegrationTest.ADMIN_KEY);
        member = admin.as(admin.post("/api/accounts", Map.of("name", "http-private")).data().get("apiKey").asString());
        workspace = UUID.fromString(member.post("/api/workspaces", Map.of("name", "ws-" + UUID.randomUUID()))
                .data().get("id").asString());
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private JsonNode failedCall(String url) {
        String automation = member.post("/api/" + workspace + "/automations", Map.of("name", "private", "flow",
                Map.of("nodes", List.of(node("start", "trigger.manual", Map.of()),
                                node("call", "http.request", Map.of("url", url))),
                        "edges", List.of(edge("e1", "start", "call", null))))).data().get("id").asString();
        String runId = member.post("/api/" + workspace + "/automations/" + automation + "/runs",
                Map.of("input", Map.of())).data().get("id").asString();
        JsonNode run = awaitEnd(member, workspace, runId, Duration.ofSeconds(20));
        assertThat(run.get("status").asString()).isEqualTo("failed");
        JsonNode call = run.get("steps").valueStream().filter(s -> s.get("nodeId").asString().equals("call"))
                .findFirst().orElseThrow();
        assertThat(call.get("status").asString()).isEqualTo("failed");
        assertThat(call.get("attempt").asInt()).as("a refusal is not retried").isEqualTo(1);
        return call;
    }

    @Test
    void aStepCallingLoopbackFailsAsNotAllowedAndNothingIsSent() {
        JsonNode call = failedCall("http://127.0.0.1:" + server.getAddress().getPort() + "/");

        assertThat(call.get("error").asString())
                .isEqualTo("destination 127.0.0.1 is a private or otherwise not allowed address");
        assertThat(requests).hasValue(0);
    }
}
