package io.skillify.realtime.adapter.out.pusher.testing;

import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Pusher Channels HTTP API for tests, on a free local port: {@code POST /apps/{appId}/events} and
 * {@code /batch_events}, checking every request's authentication exactly as
 * <a href="https://pusher.com/docs/channels/library_auth_reference/rest-api/">Pusher's REST API reference</a> says
 * (auth_key, auth_timestamp within 600 s, auth_version 1.0, body_md5, auth_signature = hex HMAC-SHA256 of
 * {@code POST\n<path>\n<sorted params>}) and Pusher's limits (10 KB of data per event, 10 events per batch, 100
 * channels per event, channel names of at most 200 characters from {@code [A-Za-z0-9_\-=@,.;]}). A refused request
 * is answered as Pusher would (401, 413, 400) and recorded in {@link #refusals()}; an accepted event is recorded in
 * {@link #events()}. Switch it at run time to {@link #failWith(int) failing} or {@link #hang(Duration) hanging}.
 */
public final class FakePusher implements AutoCloseable {

    public static final String APP_ID = "4242";
    public static final String KEY = "fake-pusher-key";
    public static final String SECRET = "fake-pusher-secret";
    public static final int MAX_DATA_BYTES = 10_240;
    public static final int MAX_BATCH = 10;
    public static final int MAX_CHANNELS = 100;
    private static final Pattern CHANNEL_NAME = Pattern.compile("[A-Za-z0-9_\\-=@,.;]{1,200}");
    private static final Pattern ROUTE = Pattern.compile("/apps/([^/]+)/(events|batch_events)");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An event Pusher accepted: its channel (one row per channel of a multi-channel event), name and parsed data. */
    public record ReceivedEvent(String channel, String name, JsonNode data, Instant receivedAt) {
    }

    /** A request Pusher refused, with the status it answered and why. */
    public record Refusal(int status, String path, String reason) {
    }

    private sealed interface Mode {
        record Normal() implements Mode {
        }

        record Failing(int status) implements Mode {
        }

        record Hanging(Instant until) implements Mode {
        }
    }

    private final HttpServer server;
    private final Clock clock;
    private final List<ReceivedEvent> events = new CopyOnWriteArrayList<>();
    private final List<Refusal> refusals = new CopyOnWriteArrayList<>();
    private final List<Integer> acceptedRequestSizes = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final Object modeChange = new Object();
    private volatile Mode mode = new Mode.Normal();

    private FakePusher(Clock clock) throws IOException {
        this.clock = clock;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        this.server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        this.server.createContext("/", this::handle);
        this.server.start();
    }

    /** Starts one on a free loopback port. */
    public static FakePusher start() {
        return start(Clock.systemUTC());
    }

    /** Starts one whose idea of "now" (for auth_timestamp) comes from {@code clock}. */
    public static FakePusher start(Clock clock) {
        try {
            return new FakePusher(clock);
        } catch (IOException e) {
            throw new IllegalStateException("FakePusher could not start", e);
        }
    }

    public String host() {
        return server.getAddress().getHostString();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The {@code skillify.pusher.*} properties that point a server at this endpoint. */
    public Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("skillify.pusher.app-id", APP_ID);
        properties.put("skillify.pusher.key", KEY);
        properties.put("skillify.pusher.secret", SECRET);
        properties.put("skillify.pusher.host", host());
        properties.put("skillify.pusher.port", String.valueOf(port()));
        properties.put("skillify.pusher.scheme", "http");
        return properties;
    }

    /** Accepts requests again (and releases hanging ones, which are then processed normally). */
    public void normal() {
        setMode(new Mode.Normal());
    }

    /** Answers every request with {@code status} (e.g. 500, 503, 429) without recording its events. */
    public void failWith(int status) {
        setMode(new Mode.Failing(status));
    }

    /** Holds every request for {@code duration} (or until {@link #normal()}), then processes it normally. */
    public void hang(Duration duration) {
        setMode(new Mode.Hanging(Instant.now().plus(duration)));
    }

    /** Every request received, whatever its fate. */
    public int requests() {
        return requests.get();
    }

    /** The most requests held at the same time so far. */
    public int maxInFlight() {
        return maxInFlight.get();
    }

    public int inFlight() {
        return inFlight.get();
    }

    public List<ReceivedEvent> events() {
        return List.copyOf(events);
    }

    public List<Refusal> refusals() {
        return List.copyOf(refusals);
    }

    /** How many events each accepted request carried, in arrival order. */
    public List<Integer> acceptedRequestSizes() {
        return List.copyOf(acceptedRequestSizes);
    }

    public List<ReceivedEvent> eventsOn(String channel) {
        return events.stream().filter(event -> event.channel().equals(channel)).toList();
    }

    /** Waits (up to 10 s) for an event on {@code channel} named {@code name} and returns the first such. */
    public ReceivedEvent awaitEvent(String channel, String name) {
        return awaitEvent(event -> event.channel().equals(channel) && event.name().equals(name));
    }

    /** Waits (up to 10 s) for an event matching {@code predicate} and returns the first such. */
    public ReceivedEvent awaitEvent(Predicate<ReceivedEvent> predicate) {
        return awaitEvents(predicate, 1, Duration.ofSeconds(10)).getFirst();
    }

    /** Waits up to {@code within} until at least {@code count} events match {@code predicate}; returns them all. */
    public List<ReceivedEvent> awaitEvents(Predicate<ReceivedEvent> predicate, int count, Duration within) {
        await().atMost(within).pollInterval(Duration.ofMillis(20))
                .until(() -> events.stream().filter(predicate).count() >= count);
        return events.stream().filter(predicate).toList();
    }

    /** Forgets recorded events, refusals and counters (not the mode). */
    public void reset() {
        events.clear();
        refusals.clear();
        acceptedRequestSizes.clear();
        requests.set(0);
        maxInFlight.set(inFlight.get());
    }

    /**
     * Whether {@code auth} is what Pusher expects from a private-channel authorization endpoint for this socket and
     * channel: {@code <key>:<hex HMAC-SHA256 of "socket_id:channel_name">}.
     */
    public static boolean isValidChannelAuth(String auth, String socketId, String channel) {
        String expected = KEY + ":" + hmacHex(SECRET, socketId + ":" + channel);
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), auth.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        normal();
        server.stop(0);
    }

    private void setMode(Mode next) {
        synchronized (modeChange) {
            mode = next;
            modeChange.notifyAll();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            holdWhileHanging();
            if (mode instanceof Mode.Failing(int status)) {
                answer(exchange, status, "{\"error\":\"fake outage\"}");
                return;
            }
            process(exchange, body);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private void holdWhileHanging() {
        synchronized (modeChange) {
            while (mode instanceof Mode.Hanging(Instant until) && Instant.now().isBefore(until)) {
                try {
                    modeChange.wait(Math.max(1, Duration.between(Instant.now(), until).toMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void process(HttpExchange exchange, byte[] body) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        Matcher route = ROUTE.matcher(path);
        if (!"POST".equals(exchange.getRequestMethod()) || !route.matches()) {
            refuse(exchange, 404, path, "no such route: " + exchange.getRequestMethod() + " " + path);
            return;
        }
        if (!APP_ID.equals(route.group(1))) {
            refuse(exchange, 404, path, "unknown app " + route.group(1));
            return;
        }
        String authProblem = authProblem(path, exchange.getRequestURI().getRawQuery(), body);
        if (authProblem != null) {
            refuse(exchange, 401, path, authProblem);
            return;
        }
        List<ReceivedEvent> accepted = new ArrayList<>();
        try {
            JsonNode document = JSON.readTree(body);
            List<JsonNode> items = route.group(2).equals("events") ? List.of(document) : batchItems(document);
            Instant now = Instant.now();
            for (JsonNode item : items) {
                accepted.addAll(eventsOf(item, now));
            }
        } catch (Refused refused) {
            refuse(exchange, refused.status, path, refused.getMessage());
            return;
        } catch (JacksonException e) {
            refuse(exchange, 400, path, "body is not JSON");
            return;
        }
        events.addAll(accepted);
        acceptedRequestSizes.add(route.group(2).equals("events") ? 1 : accepted.size());
        answer(exchange, 200, "{}");
    }

    private static List<JsonNode> batchItems(JsonNode document) {
        JsonNode batch = document.path("batch");
        if (!batch.isArray()) {
            throw new Refused(400, "batch_events needs a \"batch\" array");
        }
        if (batch.size() > MAX_BATCH) {
            throw new Refused(400, "a batch holds at most " + MAX_BATCH + " events, got " + batch.size());
        }
        List<JsonNode> items = new ArrayList<>();
        batch.forEach(items::add);
        return items;
    }

    private static List<ReceivedEvent> eventsOf(JsonNode item, Instant now) {
        String name = item.path("name").asString("");
        if (name.isEmpty() || name.length() > 200) {
            throw new Refused(400, "event name missing or longer than 200 characters");
        }
        JsonNode dataNode = item.path("data");
        if (!dataNode.isString()) {
            throw new Refused(400, "data must be a string");
        }
        String data = dataNode.asString();
        if (data.getBytes(StandardCharsets.UTF_8).length > MAX_DATA_BYTES) {
            throw new Refused(413, "data of event " + name + " exceeds " + MAX_DATA_BYTES + " bytes");
        }
        List<String> channels = new ArrayList<>();
        if (item.has("channel")) {
            channels.add(item.path("channel").asString(""));
        }
        item.path("channels").forEach(channel -> channels.add(channel.asString("")));
        if (channels.isEmpty() || channels.size() > MAX_CHANNELS) {
            throw new Refused(400, "an event goes to 1 to " + MAX_CHANNELS + " channels, got " + channels.size());
        }
        for (String channel : channels) {
            if (!CHANNEL_NAME.matcher(channel).matches()) {
                throw new Refused(400, "invalid channel name: " + channel);
            }
        }
        JsonNode parsed;
        try {
            parsed = JSON.readTree(data);
        } catch (JacksonException e) {
            parsed = JSON.getNodeFactory().stringNode(data);
        }
        JsonNode payload = parsed;
        return channels.stream().map(channel -> new ReceivedEvent(channel, name, payload, now)).toList();
    }

    /** Null when the request is authenticated as Pusher requires, else what is wrong. */
    private String authProblem(String path, String rawQuery, byte[] body) {
        Map<String, String> params = queryParams(rawQuery);
        if (!KEY.equals(params.get("auth_key"))) {
            return "wrong or missing auth_key";
        }
        if (!"1.0".equals(params.get("auth_version"))) {
            return "auth_version must be 1.0";
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(params.getOrDefault("auth_timestamp", ""));
        } catch (NumberFormatException e) {
            return "missing or malformed auth_timestamp";
        }
        if (Math.abs(clock.instant().getEpochSecond() - timestamp) > 600) {
            return "auth_timestamp is more than 600 s away from the server's time";
        }
        if (!md5Hex(body).equals(params.get("body_md5"))) {
            return "body_md5 does not match the body";
        }
        String signed = params.entrySet().stream()
                .filter(param -> !param.getKey().equals("auth_signature"))
                .map(param -> param.getKey() + "=" + param.getValue())
                .collect(Collectors.joining("&"));
        String expected = hmacHex(SECRET, "POST\n" + path + "\n" + signed);
        String given = params.getOrDefault("auth_signature", "");
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII))) {
            return "invalid auth_signature";
        }
        return null;
    }

    private static Map<String, String> queryParams(String rawQuery) {
        Map<String, String> params = new TreeMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            params.put(key, value);
        }
        return params;
    }

    private void refuse(HttpExchange exchange, int status, String path, String reason) throws IOException {
        refusals.add(new Refusal(status, path, reason));
        answer(exchange, status, "{\"error\":" + JSON.writeValueAsString(reason) + "}");
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    static String md5Hex(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hmacHex(String secret, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Refused extends RuntimeException {
        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }
}
