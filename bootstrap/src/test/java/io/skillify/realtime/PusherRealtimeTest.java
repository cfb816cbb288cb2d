package io.skillify.realtime;

import static io.skillify.support.ErrorAssertions.assertError;
import static io.skillify.support.ErrorAssertions.detailPaths;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.realtime.adapter.out.pusher.testing.FakePusher;
import io.skillify.realtime.application.port.out.RealtimePublisher;
import io.skillify.realtime.domain.RealtimeMessage;
import io.skillify.support.Api;
import io.skillify.support.ApiResponse;
import io.skillify.support.IntegrationTest;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A server configured for Pusher (a {@link FakePusher} that checks every signature): its publisher reaches Pusher
 * with the channel prefix, and {@code POST /api/pusher/auth} signs private-channel subscriptions for members only.
 */
class PusherRealtimeTest extends IntegrationTest {

    private static final String PREFIX = "it-";
    private static final FakePusher PUSHER = FakePusher.start();

    @DynamicPropertySource
    static void pusher(DynamicPropertyRegistry registry) {
        PUSHER.properties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("skillify.pusher.channel-prefix", () -> PREFIX);
    }

    @AfterAll
    static void stopPusher() {
        PUSHER.close();
    }

    @Autowired
    private RealtimePublisher publisher;

    @Test
    void theServersPublisherReachesPusherWithSignedRequestsAndThePrefix() {
        String task = UUID.randomUUID().toString();

        publisher.publish(List.of(new RealtimeMessage("task-" + task, "task:created", Map.of("taskId", task))));

        var event = PUSHER.awaitEvent(PREFIX + "task-" + task, "task:created");
        assertThat(event.data().path("taskId").asString()).isEqualTo(task);
        assertThat(PUSHER.refusals()).isEmpty();
    }

    @Test
    void theGuardsStateIsAGauge() {
        ApiResponse metrics = anonymous().get("/actuator/prometheus");

        assertThat(metrics.raw()).contains("skillify_pusher_circuit_open 0.0").contains("skillify_pusher_senders_free");
    }

    @Test
    void aMemberGetsASignaturePusherAccepts() {
        Caller owner = newAccount("pusher-owner");
        Caller member = newAccount("pusher-member");
        UUID workspace = newWorkspace(owner);
        addMember(owner, workspace, member, "member");
        String channel = PREFIX + "private-workspace-" + workspace;

        ApiResponse answer = form(member.api(), "1234.5678", channel);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().propertyNames()).containsExactly("auth");
        assertThat(FakePusher.isValidChannelAuth(answer.json().path("auth").asString(), "1234.5678", channel)).isTrue();
        assertThat(answer.json().path("auth").asString()).startsWith(FakePusher.KEY + ":");
    }

    @Test
    void jsonIsAcceptedToo() {
        Caller owner = newAccount("pusher-json-owner");
        UUID workspace = newWorkspace(owner);
        String channel = PREFIX + "private-workspace-" + workspace;

        ApiResponse answer = owner.api().post("/api/pusher/auth", Map.of("socket_id", "1.2", "channel_name", channel));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(FakePusher.isValidChannelAuth(answer.json().path("auth").asString(), "1.2", channel)).isTrue();
    }

    @Test
    void anAccountOutsideTheWorkspaceIsRefused() {
        Caller owner = newAccount("pusher-owner-2");
        Caller stranger = newAccount("pusher-stranger");
        UUID workspace = newWorkspace(owner);

        assertError(form(stranger.api(), "1234.5678", PREFIX + "private-workspace-" + workspace), 403);
    }

    @Test
    void everyOtherChannelIsRefused() {
        Caller owner = newAccount("pusher-owner-3");
        UUID workspace = newWorkspace(owner);

        assertError(form(owner.api(), "1.2", PREFIX + "private-task-" + UUID.randomUUID()), 403);
        assertError(form(owner.api(), "1.2", PREFIX + "presence-workspace-" + workspace), 403);
        assertError(form(owner.api(), "1.2", "private-workspace-" + workspace), 403);
    }

    @Test
    void withoutCredentialsItIs401() {
        assertError(form(anonymous(), "1.2", PREFIX + "private-workspace-" + UUID.randomUUID()), 401);
    }

    @Test
    void aMalformedSocketIdIs400NamingIt() {
        Caller owner = newAccount("pusher-owner-4");
        UUID workspace = newWorkspace(owner);

        ApiResponse answer = assertError(form(owner.api(), "1234", PREFIX + "private-workspace-" + workspace), 400);

        assertThat(detailPaths(answer)).contains("socket_id");
    }

    @Test
    void aMissingChannelNameIs400() {
        Caller owner = newAccount("pusher-owner-5");

        ApiResponse answer = assertError(owner.api().exchange(owner.api().request("/api/pusher/auth")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("socket_id=1.2")).build()), 400);

        assertThat(detailPaths(answer)).contains("channel_name");
    }

    private static ApiResponse form(Api api, String socketId, String channel) {
        String body = "socket_id=" + URLEncoder.encode(socketId, StandardCharsets.UTF_8)
                + "&channel_name=" + URLEncoder.encode(channel, StandardCharsets.UTF_8);
        return api.exchange(api.request("/api/pusher/auth")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
