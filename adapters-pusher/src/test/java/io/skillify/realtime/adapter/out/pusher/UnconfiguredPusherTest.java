package io.skillify.realtime.adapter.out.pusher;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.realtime.adapter.out.pusher.testing.FakePusher;
import io.skillify.realtime.application.port.out.RealtimePublisher;
import io.skillify.realtime.domain.RealtimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Without an app id, a key and a secret, realtime is a silent no-op (contract §6). */
class UnconfiguredPusherTest {

    @Test
    void publishingWithoutASecretAcceptsAndSendsNothing() {
        try (FakePusher pusher = FakePusher.start()) {
            PusherSettings noSecret = new PusherSettings(FakePusher.APP_ID, FakePusher.KEY, "", null, pusher.host(),
                    pusher.port(), "http", "", Duration.ofSeconds(1), 1, Duration.ofMillis(10), 1, 10,
                    Duration.ofSeconds(1));
            RealtimePublisher publisher = new PusherConfiguration().realtimePublisher(noSecret,
                    new StaticListableBeanFactory().getBeanProvider(io.micrometer.core.instrument.MeterRegistry.class));

            publisher.publish(List.of(new RealtimeMessage("task-1", "task:created", Map.of("taskId", "1"))));

            assertThat(pusher.requests()).isZero();
        }
    }

    @Test
    void withoutPusherNoSubscriptionIsSigned() {
        PusherSettings none = new PusherSettings(null, null, null, null, null, null, null, "", Duration.ofSeconds(1),
                1, Duration.ofMillis(10), 1, 10, Duration.ofSeconds(1));

        assertThat(new PusherConfiguration().channelAuthorizer(none).configured()).isFalse();
    }

    @Test
    void theAuthorizerSignsAsPusherJsExpects() {
        PusherSettings settings = new PusherSettings(FakePusher.APP_ID, FakePusher.KEY, FakePusher.SECRET, null, null,
                null, null, "it-", Duration.ofSeconds(1), 1, Duration.ofMillis(10), 1, 10, Duration.ofSeconds(1));
        var authorizer = new PusherConfiguration().channelAuthorizer(settings);

        String auth = authorizer.sign("123.456", "it-private-workspace-1");

        assertThat(FakePusher.isValidChannelAuth(auth, "123.456", "it-private-workspace-1")).isTrue();
        assertThat(authorizer.contractName("it-private-workspace-1")).contains("private-workspace-1");
        assertThat(authorizer.contractName("private-workspace-1")).isEmpty();
    }
}
