package io.skillify.realtime.adapter.out.pusher;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code SKILLIFY_PUSHER_*} (contract §6, ADR 0015): {@code APP_ID}, {@code KEY}, {@code SECRET} (all three, or
 * realtime is off), {@code CLUSTER} (Pusher's, e.g. {@code eu} → {@code api-eu.pusher.com} over https; default
 * {@code mt1}) or {@code HOST} (a self-hosted Pusher-protocol server; wins over the cluster) with {@code PORT} and
 * {@code SCHEME} ({@code https} unless said), {@code CHANNEL_PREFIX} (before every channel name, e.g.
 * {@code staging-}). The guard: {@code TIMEOUT} (5s per request), {@code MAX_ATTEMPTS} (3, with exponential backoff
 * from {@code RETRY_BACKOFF}, 200ms), {@code MAX_CONCURRENT_REQUESTS} (4: the bulkhead), {@code MAX_QUEUED_MESSAGES}
 * (1000: beyond, publishing fails fast) and {@code BREAKER_OPEN_FOR} (15s: how long an open circuit refuses calls).
 */
@ConfigurationProperties("skillify.pusher")
record PusherSettings(String appId, String key, String secret, String cluster, String host, Integer port,
                      String scheme, @DefaultValue("") String channelPrefix,
                      @DefaultValue("5s") Duration timeout,
                      @DefaultValue("3") int maxAttempts,
                      @DefaultValue("200ms") Duration retryBackoff,
                      @DefaultValue("4") int maxConcurrentRequests,
                      @DefaultValue("1000") int maxQueuedMessages,
                      @DefaultValue("15s") Duration breakerOpenFor) {

    static final String DEFAULT_CLUSTER = "mt1";

    PusherSettings {
        channelPrefix = channelPrefix == null ? "" : channelPrefix.strip();
        if (maxAttempts < 1 || maxConcurrentRequests < 1 || maxQueuedMessages < 1) {
            throw new IllegalArgumentException(
                    "skillify.pusher.max-attempts, max-concurrent-requests and max-queued-messages must be at least 1");
        }
    }

    /** Pusher is on only with an app id, a key and a secret. */
    boolean configured() {
        return present(appId) && present(key) && present(secret);
    }

    /** Where the REST API is: the host (with port and scheme) if given, else the cluster's Pusher endpoint. */
    URI baseUri() {
        String chosenScheme = present(scheme) ? scheme.strip().toLowerCase(java.util.Locale.ROOT) : "https";
        String chosenHost = present(host) ? host.strip()
                : "api-" + (present(cluster) ? cluster.strip() : DEFAULT_CLUSTER) + ".pusher.com";
        return URI.create(chosenScheme + "://" + chosenHost + (port == null ? "" : ":" + port));
    }

    /**
     * The longest a publish waits: every attempt's timeout plus the backoff between them, plus a second for the
     * queue and the hand-over.
     */
    Duration callerBound() {
        Duration total = timeout.multipliedBy(maxAttempts).plusSeconds(1);
        Duration wait = retryBackoff;
        for (int attempt = 1; attempt < maxAttempts; attempt++) {
            total = total.plus(wait);
            wait = wait.multipliedBy(2);
        }
        return total;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
