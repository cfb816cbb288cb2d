package io.skillify.automation.adapter.out.http;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.skillify.automation.application.port.out.OutboundHttp;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.io.Closer;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Sends step requests with Apache HttpClient (blocking, on the caller's virtual thread), guarded by Resilience4j:
 * a circuit breaker per workspace and destination ({@link WorkspaceCircuitBreakers}) and one immediate retry of a
 * refused connection; retries with backoff over HTTP statuses are the engine's (per the node's retry policy).
 * The step's timeout bounds the whole exchange, body included ({@link ExchangeDeadline}); bodies are cut at the
 * configured size. Unless private networks are allowed, every address a name resolves to is checked by
 * {@link CheckedDnsResolver} and the client connects only to checked addresses (ADR 0011), on every redirect hop
 * too: GET and HEAD follow up to {@value #MAX_REDIRECTS} redirects here ({@link Redirects}), the client's own
 * redirect handling, cookies, automatic retries and content decoding are off: nothing carries over from one
 * workspace's call to another's.
 */
@Component
@EnableConfigurationProperties(OutboundHttpSettings.class)
class GuardedOutboundHttp implements OutboundHttp, AutoCloseable {

    private static final Set<String> UNSENDABLE_HEADERS = Set.of("host", "content-length", "connection", "upgrade",
            "expect", "transfer-encoding");
    private static final Timeout MAX_CONNECT_TIME = Timeout.ofSeconds(10);
    /** The engine's run slots bound concurrent calls; the pool must never make one workspace's calls wait. */
    private static final int MAX_CONNECTIONS = 1024;
    static final int MAX_REDIRECTS = 5;

    private final OutboundHttpSettings settings;
    private final CloseableHttpClient client;
    private final ScheduledThreadPoolExecutor deadlines;
    private final WorkspaceCircuitBreakers breakers = new WorkspaceCircuitBreakers();
    private final Retry connectRetry = Retry.of("connect", RetryConfig.custom()
            .maxAttempts(2)
            .waitDuration(Duration.ofMillis(100))
            .retryExceptions(ConnectException.class)
            .build());

    @Autowired
    GuardedOutboundHttp(OutboundHttpSettings settings) {
        this(settings, SystemDefaultDnsResolver.INSTANCE);
    }

    /** {@code names} answers name lookups (tests give their own). */
    GuardedOutboundHttp(OutboundHttpSettings settings, DnsResolver names) {
        this(settings, names, new DestinationAddressPolicy());
    }

    /** {@code policy} says which addresses may be connected to (tests give their own). */
    GuardedOutboundHttp(OutboundHttpSettings settings, DnsResolver names, DestinationAddressPolicy policy) {
        this.settings = settings;
        DnsResolver resolver = settings.allowPrivateNetworks()
                ? names : new CheckedDnsResolver(names, policy);
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(resolver)
                        .setMaxConnTotal(MAX_CONNECTIONS)
                        .setMaxConnPerRoute(MAX_CONNECTIONS)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(MAX_CONNECT_TIME).build())
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .build();
        this.deadlines = new ScheduledThreadPoolExecutor(1,
                Thread.ofPlatform().daemon().name("outbound-http-deadlines").factory());
        this.deadlines.setRemoveOnCancelPolicy(true);
    }

    @Override
    public HttpOutcome send(HttpCall call) {
        URI url = call.url();
        if (url.getHost() == null || !Set.of("http", "https").contains(String.valueOf(url.getScheme()).toLowerCase(Locale.ROOT))) {
            return new HttpOutcome.Unanswered("not an absolute http(s) URL: " + url, false);
        }
        Optional<String> badHeader = unsendableHeaderValue(call);
        if (badHeader.isPresent()) {
            return new HttpOutcome.Unanswered("header " + badHeader.get() + " contains a line break or NUL", false);
        }
        String host = url.getHost();
        String destination = host + ":" + port(url);
        CircuitBreaker breaker = breakers.of(call.workspaceId(), destination);
        try (ExchangeDeadline deadline = new ExchangeDeadline(call.timeout(), deadlines)) {
            try {
                return breaker.executeCheckedSupplier(
                        () -> connectRetry.executeCheckedSupplier(() -> exchange(call, deadline)));
            } catch (Throwable failure) {
                if (failure instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                return FailureReasons.of(failure, host, destination, call.timeout(), deadline.expired());
            }
        }
    }

    /** The exchange, following the redirects of a GET or HEAD (each hop connects through the checked resolver). */
    private HttpOutcome exchange(HttpCall call, ExchangeDeadline deadline) throws IOException {
        HttpCall hop = call;
        for (int redirects = 0; ; redirects++) {
            HttpOutcome outcome = exchangeOnce(hop, deadline);
            Optional<URI> next = Redirects.next(hop, outcome);
            if (next.isEmpty() || redirects == MAX_REDIRECTS) {
                return outcome;
            }
            hop = Redirects.to(hop, next.get());
        }
    }

    private HttpOutcome exchangeOnce(HttpCall call, ExchangeDeadline deadline) throws IOException {
        HttpUriRequestBase request = request(call);
        if (!deadline.guard(request)) {
            throw new InterruptedIOException("deadline passed");
        }
        ClassicHttpResponse response = client.executeOpen(null, request, null);
        boolean cut = false;
        try {
            byte[] body = readCapped(response.getEntity());
            if (body.length > settings.maxResponseBytes()) {
                cut = true;
                request.cancel();
                body = Arrays.copyOf(body, settings.maxResponseBytes());
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (Header header : response.getHeaders()) {
                headers.merge(header.getName(), header.getValue(), (first, next) -> first + ", " + next);
            }
            Header contentType = response.getFirstHeader("Content-Type");
            return new HttpOutcome.Answered(response.getCode(), headers,
                    contentType == null ? null : contentType.getValue(),
                    body.length == 0 ? null : new String(body, StandardCharsets.UTF_8), cut);
        } finally {
            if (cut) {
                Closer.closeQuietly(response);
            } else {
                response.close();
            }
        }
    }

    /**
     * The body up to one byte over the size cap (so that a longer body is known to be longer); a body cut there is
     * not drained: its connection is dropped (cancelled).
     */
    private byte[] readCapped(HttpEntity entity) throws IOException {
        if (entity == null) {
            return new byte[0];
        }
        InputStream in = entity.getContent();
        return in.readNBytes(settings.maxResponseBytes() + 1);
    }

    private static HttpUriRequestBase request(HttpCall call) {
        HttpUriRequestBase request = new HttpUriRequestBase(call.method(), call.url());
        call.headers().forEach((name, value) -> {
            if (!UNSENDABLE_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                request.addHeader(name, value);
            }
        });
        request.setHeader("Idempotency-Key", call.idempotencyKey());
        if (call.body() != null) {
            request.setEntity(new ByteArrayEntity(call.body().getBytes(StandardCharsets.UTF_8),
                    call.contentType() == null ? null : ContentType.parse(call.contentType())));
        }
        Timeout timeout = Timeout.of(call.timeout());
        request.setConfig(RequestConfig.custom().setResponseTimeout(timeout).setConnectionRequestTimeout(timeout).build());
        return request;
    }

    private static Optional<String> unsendableHeaderValue(HttpCall call) {
        return call.headers().entrySet().stream()
                .filter(header -> header.getValue().chars().anyMatch(c -> c == '\r' || c == '\n' || c == 0))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private static int port(URI url) {
        if (url.getPort() != -1) {
            return url.getPort();
        }
        return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
        client.close(CloseMode.IMMEDIATE);
    }
}
