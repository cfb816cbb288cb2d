package io.skillify.realtime.adapter.out.pusher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PusherSettingsTest {

    @Test
    void aClusterMeansPushersApiHostOverHttps() {
        assertThat(settings("eu", null, null, null).baseUri()).hasToString("https://api-eu.pusher.com");
    }

    @Test
    void withoutClusterOrHostItIsPushersDefaultCluster() {
        assertThat(settings(null, null, null, null).baseUri()).hasToString("https://api-mt1.pusher.com");
    }

    @Test
    void aHostWinsOverTheClusterWithItsPortAndScheme() {
        assertThat(settings("eu", "soketi.internal", 6001, "http").baseUri()).hasToString("http://soketi.internal:6001");
    }

    @Test
    void itIsConfiguredOnlyWithAppIdKeyAndSecret() {
        assertThat(settings(null, null, null, null).configured()).isTrue();
        assertThat(new PusherSettings("1", "key", " ", null, null, null, null, null, Duration.ofSeconds(5), 3,
                Duration.ofMillis(200), 4, 1000, Duration.ofSeconds(15)).configured()).isFalse();
        assertThat(new PusherSettings(null, "key", "secret", null, null, null, null, null, Duration.ofSeconds(5), 3,
                Duration.ofMillis(200), 4, 1000, Duration.ofSeconds(15)).configured()).isFalse();
    }

    @Test
    void callersWaitAtMostEveryAttemptsTimeoutAndTheBackoffsBetween() {
        assertThat(settings(null, null, null, null).callerBound())
                .isEqualTo(Duration.ofSeconds(15).plusMillis(200 + 400).plusSeconds(1));
    }

    private static PusherSettings settings(String cluster, String host, Integer port, String scheme) {
        return new PusherSettings("1", "key", "secret", cluster, host, port, scheme, null, Duration.ofSeconds(5), 3,
                Duration.ofMillis(200), 4, 1000, Duration.ofSeconds(15));
    }
}
