package io.skillify.automation.adapter.out.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.automation.application.port.out.OutboundHttp.HttpCall;
import io.skillify.automation.application.port.out.OutboundHttp.HttpOutcome;
import io.skillify.shared.domain.WorkspaceId;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The adapter against misbehaving servers on loopback; the JUnit timeouts only catch a call that never ends. */
@Timeout(60)
class GuardedOutboundHttpTest {

    private static final WorkspaceId WORKSPACE_A = new WorkspaceId(UUID.randomUUID());
    private static final WorkspaceId WORKSPACE_B = new WorkspaceId(UUID.randomUUID());

    private ScriptedServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = new ScriptedServer();
    }

    @AfterEach
    void stopServer() throws IOException {
        server.close();
    }

    private static HttpCall get(WorkspaceId workspace, String url, int timeoutMs) {
        return new HttpCall(workspace, "GET", URI.create(url), Map.of(), null, null, Duration.ofMillis(timeoutMs),
                "run:node");
    }

    private static String failure(HttpOutcome outcome) {
        assertThat(outcome).isInstanceOf(HttpOutcome.Unanswered.class);
        String reason = ((HttpOutcome.Unanswered) outcome).reason();
        assertThat(reason).as("no class names in step errors")
                .doesNotContain("Exception").doesNotContain("java.").doesNotContain("org.apache")
                .doesNotContainPattern("[a-z]\\.[A-Z][a-z]");
        return reason;
    }

    @Nested
    class WithPrivateNetworksAllowed {

        private final GuardedOutboundHttp http = new GuardedOutboundHttp(
                new OutboundHttpSettings(true, 1000), new SystemDefaultDnsResolver());

        @AfterEach
        void close() {
            http.close();
        }

        @Test
        void aServerThatAnswersIsAnswered() {
            HttpOutcome outcome = http.send(get(WORKSPACE_A, server.url("/ok"), 5000));

            assertThat(outcome).isInstanceOfSatisfying(HttpOutcome.Answered.class, answered -> {
                assertThat(answered.status()).isEqualTo(200);
                assertThat(answered.body()).isEqualTo("ok");
                assertThat(answered.contentType()).isEqualTo("text/plain");
            });
        }

        @Test
        void aBodyThatDripsOneByteASecondFailsWhenTheTimeoutIsUp() {
            assertThat(failure(http.send(get(WORKSPACE_A, server.url("/drip"), 1500))))
                    .isEqualTo("timed out after 1500 ms");
        }

        @Test
        void aServerThatHangsAfterTheHeadersFailsWhenTheTimeoutIsUp() {
            assertThat(failure(http.send(get(WORKSPACE_A, server.url("/hang"), 1000))))
                    .isEqualTo("timed out after 1000 ms");
        }

        @Test
        void aBodyOverTheCapIsCutWithoutWaitingForTheRest() {
            HttpOutcome outcome = http.send(get(WORKSPACE_A, server.url("/big"), 30_000));

            assertThat(outcome).isInstanceOfSatisfying(HttpOutcome.Answered.class,
                    answered -> {
                        assertThat(answered.body()).hasSize(1000);
                        assertThat(answered.truncated()).isTrue();
                    });
        }

        @Test
        void aBodyExactlyAtTheCapIsWholeAndNotMarkedCut() {
            HttpOutcome outcome = http.send(get(WORKSPACE_A, server.url("/ok"), 5000));

            assertThat(outcome).isInstanceOfSatisfying(HttpOutcome.Answered.class,
                    answered -> assertThat(answered.truncated()).isFalse());
        }

        @Test
        void aGetFollowsRedirectsToTheirEnd() {
            HttpOutcome outcome = http.send(get(WORKSPACE_A, server.url("/redirect/3"), 5000));

            assertThat(outcome).isInstanceOfSatisfying(HttpOutcome.Answered.class, answered -> {
                assertThat(answered.status()).isEqualTo(200);
                assertThat(answered.body()).isEqualTo("ok");
            });
        }

        @Test
        void aGetStopsFollowingAfterFiveRedirectsWithTheLastAnswer() {
            HttpOutcome outcome = http.send(get(WORKSPACE_A, server.url("/redirect/9"), 5000));

            assertThat(outcome).isInstanceOfSatisfying(HttpOutcome.Answered.class, answered -> {
                assertThat(answered.status()).isEqualTo(302);
                assertThat(answered.headers()).containsEntry("Location", "/redirect/3");
            });
        }

        @Test
        void aPostGetsTheRedirectAsItsAnswer() {
            HttpOutcome outcome = http.send(new HttpCall(WORKSPACE_A, "POST", URI.create(server.url("/redirect/1")),
                    Map.of(), "{}", "application/json", Duration.ofSeconds(5), "run:node"));

            assertThat(outcome).isInstanceOfSatisfying(HttpOutcome.Answered.class, answered -> {
                assertThat(answered.status()).isEqualTo(302);
                assertThat(answered.headers()).containsEntry("Location", "/redirect/0");
            });
        }

        @Test
        void aResetConnectionSaysSo() {
            assertThat(failure(http.send(get(WORKSPACE_A, server.url("/reset"), 5000))))
                    .isEqualTo("connection reset");
        }

        @Test
        void aRefusedConnectionSaysSo() throws IOException {
            int closedPort;
            try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                closedPort = probe.getLocalPort();
            }
            assertThat(failure(http.send(get(WORKSPACE_A, "http://127.0.0.1:" + closedPort + "/", 5000))))
                    .isEqualTo("connection refused");
        }

        @Test
        void aNameThatDoesNotResolveIsAnError() {
            assertThat(failure(http.send(get(WORKSPACE_A, "http://nothing.invalid/", 5000))))
                    .isEqualTo("host not found: nothing.invalid");
        }

        @Test
        void aFailedTlsHandshakeSaysSo() {
            assertThat(failure(http.send(get(WORKSPACE_A, "https://127.0.0.1:" + server.port() + "/ok", 5000))))
                    .isEqualTo("TLS handshake failed");
        }

        @Test
        void aHeaderValueWithALineBreakIsRefusedBeforeAnythingIsSent() {
            HttpCall call = new HttpCall(WORKSPACE_A, "GET", URI.create(server.url("/ok")),
                    Map.of("X-Note", "a\r\nX-Injected: 1"), null, null, Duration.ofSeconds(5), "run:node");

            HttpOutcome outcome = http.send(call);

            assertThat(failure(outcome)).isEqualTo("header X-Note contains a line break or NUL");
            assertThat(((HttpOutcome.Unanswered) outcome).retryable()).isFalse();
            assertThat(server.connections()).isZero();
        }

        @Test
        void aBreakerOpenedByOneWorkspaceLeavesAnotherWorkspaceAlone() {
            String failing = server.url("/reset");
            String last = "";
            for (int call = 0; call < 12; call++) {
                last = failure(http.send(get(WORKSPACE_A, failing, 5000)));
            }
            assertThat(last).isEqualTo("circuit open for 127.0.0.1:" + server.port() + ": too many recent failures");
            assertThat(failure(http.send(get(WORKSPACE_A, server.url("/ok"), 5000)))).startsWith("circuit open");

            HttpOutcome other = http.send(get(WORKSPACE_B, server.url("/ok"), 5000));

            assertThat(other).isInstanceOfSatisfying(HttpOutcome.Answered.class,
                    answered -> assertThat(answered.status()).isEqualTo(200));
        }
    }

    @Nested
    class WithPrivateNetworksRefused {

        private final AtomicInteger lookups = new AtomicInteger();
        private final DnsResolver names = new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                lookups.incrementAndGet();
                if (host.equals("rebind.test")) {
                    return new InetAddress[] {InetAddress.ofLiteral("93.184.216.34"), InetAddress.ofLiteral("127.0.0.1")};
                }
                if (host.equals("loopback.test")) {
                    return new InetAddress[] {InetAddress.ofLiteral("127.0.0.1")};
                }
                return SystemDefaultDnsResolver.INSTANCE.resolve(host);
            }

            @Override
            public String resolveCanonicalHostname(String host) throws UnknownHostException {
                return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
            }
        };
        private final GuardedOutboundHttp http = new GuardedOutboundHttp(new OutboundHttpSettings(false, 1000), names);

        @AfterEach
        void close() {
            http.close();
        }

        @Test
        void loopbackIsRefusedWithoutConnecting() {
            assertThat(failure(http.send(get(WORKSPACE_A, server.url("/ok"), 5000))))
                    .isEqualTo("destination 127.0.0.1 is a private or otherwise not allowed address");
            assertThat(server.connections()).isZero();
        }

        @Test
        void anIpv4MappedLoopbackIsRefusedWithoutConnecting() {
            assertThat(failure(http.send(get(WORKSPACE_A, "http://[::ffff:127.0.0.1]:" + server.port() + "/ok", 5000))))
                    .contains("private or otherwise not allowed");
            assertThat(server.connections()).isZero();
        }

        @Test
        void theCloudMetadataAddressInCarrierGradeNatIsRefusedBeforeConnecting() {
            assertThat(failure(http.send(get(WORKSPACE_A, "http://100.100.100.200/latest/meta-data/", 5000))))
                    .isEqualTo("destination 100.100.100.200 is a private or otherwise not allowed address");
        }

        @Test
        void aNameResolvingToLoopbackIsRefusedWithoutConnecting() {
            assertThat(failure(http.send(get(WORKSPACE_A, "http://loopback.test:" + server.port() + "/ok", 5000))))
                    .isEqualTo("destination loopback.test (127.0.0.1) is a private or otherwise not allowed address");
            assertThat(server.connections()).isZero();
        }

        @Test
        void aNameWithAnyPrivateAddressIsRefusedAndResolvedOnlyOnce() {
            assertThat(failure(http.send(get(WORKSPACE_A, "http://rebind.test:" + server.port() + "/ok", 5000))))
                    .contains("private or otherwise not allowed");
            assertThat(server.connections()).isZero();
            assertThat(lookups).hasValue(1);
        }

        @Test
        void aRedirectToAnAddressNotAllowedIsRefusedWithoutConnectingToIt() throws IOException {
            DestinationAddressPolicy onlyTheFirstHop = new DestinationAddressPolicy() {
                @Override
                boolean allows(InetAddress address) {
                    return address.getHostAddress().equals("127.0.0.1");
                }
            };
            try (ScriptedServer target = new ScriptedServer();
                 GuardedOutboundHttp guarded = new GuardedOutboundHttp(new OutboundHttpSettings(false, 1000), names,
                         onlyTheFirstHop)) {
                String privateTarget = "http://127.0.0.2:" + target.port() + "/ok";

                assertThat(failure(guarded.send(get(WORKSPACE_A, server.url("/to/" + privateTarget), 5000))))
                        .isEqualTo("destination 127.0.0.2 is a private or otherwise not allowed address");
                assertThat(server.connections()).isEqualTo(1);
            }
        }

        @Test
        void aNameThatDoesNotResolveIsAnErrorNotPublic() {
            assertThat(failure(http.send(get(WORKSPACE_A, "http://nothing.invalid/", 5000))))
                    .isEqualTo("host not found: nothing.invalid");
        }
    }
}
