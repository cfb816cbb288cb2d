package io.skillify.automation.adapter.out.http;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.skillify.automation.application.port.out.OutboundHttp;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Sends step requests with the JDK client on virtual threads, guarded by Resilience4j: a circuit breaker per host
 * (a host failing half its recent calls is left alone for 30 s) and one immediate retry of a refused connection;
 * retries with backoff over HTTP statuses are the engine's (per the node's retry policy). Each attempt has the
 * step's timeout. Destinations in private networks are refused unless allowed.
 */
@Component
@EnableConfigurationProperties(OutboundHttpSettings.class)
class GuardedOutboundHttp implements OutboundHttp {

    private static final Set<String> UNSENDABLE_HEADERS = Set.of("host", "content-length", "connection", "upgrade",
            "expect", "transfer-encoding");

    private final OutboundHttpSettings settings;
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
            .slidingWindowSize(20)
            .minimumNumberOfCalls(10)
            .failureRateThreshold(50)
            .waitDurationInOpenState(Duration.ofSeconds(30))
            .recordExceptions(IOException.class)
            .build());
    private final Retry connectRetry = Retry.of("connect", RetryConfig.custom()
            .maxAttempts(2)
            .waitDuration(Duration.ofMillis(100))
            .retryExceptions(ConnectException.class)
            .build());

    GuardedOutboundHttp(OutboundHttpSettings settings) {
        this.settings = settings;
    }

    @Override
    public HttpOutcome send(HttpCall call) {
        URI url = call.url();
        if (url.getHost() == null || !Set.of("http", "https").contains(String.valueOf(url.getScheme()).toLowerCase(Locale.ROOT))) {
            return new HttpOutcome.Unanswered("not an absolute http(s) URL: " + url, false);
        }
        if (!settings.allowPrivateNetworks() && isPrivate(url.getHost())) {
            return new HttpOutcome.Unanswered("destination " + url.getHost() + " is in a private network", false);
        }
        CircuitBreaker breaker = breakers.circuitBreaker(url.getHost() + ":" + url.getPort());
        try {
            HttpResponse<InputStream> response = breaker.executeCheckedSupplier(
                    () -> connectRetry.executeCheckedSupplier(() -> client.send(request(call),
                            HttpResponse.BodyHandlers.ofInputStream())));
            return answered(response);
        } catch (CallNotPermittedException open) {
            return new HttpOutcome.Unanswered("circuit open for " + url.getHost() + ": too many recent failures", true);
        } catch (HttpTimeoutException timeout) {
            return new HttpOutcome.Unanswered("timed out after " + call.timeout().toMillis() + " ms", true);
        } catch (IOException failure) {
            return new HttpOutcome.Unanswered("request failed: " + failure.getClass().getSimpleName(), true);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new HttpOutcome.Unanswered("interrupted", true);
        } catch (Throwable unexpected) {
            return new HttpOutcome.Unanswered("request failed: " + unexpected.getClass().getSimpleName(), true);
        }
    }

    private static HttpRequest request(HttpCall call) {
        HttpRequest.Builder request = HttpRequest.newBuilder(call.url()).timeout(call.timeout());
        call.headers().forEach((name, value) -> {
            if (!UNSENDABLE_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                request.header(name, value);
            }
        });
        request.header("Idempotency-Key", call.idempotencyKey());
        if (call.body() != null && call.contentType() != null
                && call.headers().keySet().stream().noneMatch(name -> name.equalsIgnoreCase("content-type"))) {
            request.header("Content-Type", call.contentType());
        }
        request.method(call.method(), call.body() == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(call.body(), StandardCharsets.UTF_8));
        return request.build();
    }

    private HttpOutcome answered(HttpResponse<InputStream> response) throws IOException {
        byte[] body;
        try (InputStream in = response.body()) {
            body = in.readNBytes(settings.maxResponseBytes());
        }
        Map<String, String> headers = new LinkedHashMap<>();
        response.headers().map().forEach((name, values) -> headers.put(name, String.join(", ", values)));
        return new HttpOutcome.Answered(response.statusCode(), headers,
                response.headers().firstValue("Content-Type").orElse(null),
                body.length == 0 ? null : new String(body, StandardCharsets.UTF_8));
    }

    private static boolean isPrivate(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                        || address.isAnyLocalAddress() || address.isMulticastAddress()) {
                    return true;
                }
            }
            return false;
        } catch (UnknownHostException unknown) {
            return false;
        }
    }
}
