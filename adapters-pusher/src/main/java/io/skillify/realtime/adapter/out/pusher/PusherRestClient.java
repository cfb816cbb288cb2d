package io.skillify.realtime.adapter.out.pusher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small client of Pusher's REST API (ADR 0015): triggers one event ({@code POST /apps/{id}/events}) or up to ten
 * ({@code /batch_events}), authenticated as Pusher's reference says (auth_key, auth_timestamp, auth_version 1.0,
 * body_md5, auth_signature). Each request is bounded by the configured timeout, answer included.
 */
final class PusherRestClient implements AutoCloseable {

    static final int MAX_BATCH = 10;

    private final PusherSettings settings;
    private final URI base;
    private final HttpClient http;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    PusherRestClient(PusherSettings settings, Clock clock) {
        this.settings = settings;
        this.base = settings.baseUri();
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends the events in one request; returns when Pusher accepted them, else throws {@link PusherCallFailed}. */
    void trigger(List<PusherEvent> events) {
        if (events.isEmpty() || events.size() > MAX_BATCH) {
            throw new IllegalArgumentException("one request carries 1 to " + MAX_BATCH + " events");
        }
        String path = "/apps/" + settings.appId() + (events.size() == 1 ? "/events" : "/batch_events");
        byte[] body = body(events).getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path + "?" + signedQuery(path, body)))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> response = exchange(request);
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        boolean transientFailure = status >= 500 || status == 429;
        throw new PusherCallFailed("Pusher answered " + status + " to " + path + ": " + excerpt(response.body()),
                transientFailure, null);
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        CompletableFuture<HttpResponse<String>> answer = http.sendAsync(request,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            return answer.get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new PusherCallFailed("Pusher did not answer within " + settings.timeout(), true, e);
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new PusherCallFailed("interrupted while waiting for Pusher", true, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            boolean transientFailure = cause instanceof IOException;
            throw new PusherCallFailed("Pusher could not be reached: " + cause.getMessage(), transientFailure, cause);
        }
    }

    private String body(List<PusherEvent> events) {
        if (events.size() == 1) {
            PusherEvent event = events.getFirst();
            return json.writeValueAsString(Map.of("name", event.name(), "channels", List.of(event.channel()),
                    "data", event.data()));
        }
        return json.writeValueAsString(Map.of("batch", events.stream()
                .map(event -> Map.of("channel", event.channel(), "name", event.name(), "data", event.data()))
                .toList()));
    }

    /** The query string: the auth parameters in key order (as signed), then the signature. */
    private String signedQuery(String path, byte[] body) {
        String params = "auth_key=" + settings.key()
                + "&auth_timestamp=" + clock.instant().getEpochSecond()
                + "&auth_version=1.0"
                + "&body_md5=" + PusherSigning.md5Hex(body);
        String signature = PusherSigning.hmacSha256Hex(settings.secret(), "POST\n" + path + "\n" + params);
        return params + "&auth_signature=" + signature;
    }

    private static String excerpt(String body) {
        String text = body == null ? "" : body.strip();
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    @Override
    public void close() {
        http.shutdownNow();
    }
}
