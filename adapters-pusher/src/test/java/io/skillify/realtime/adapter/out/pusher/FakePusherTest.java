package io.skillify.realtime.adapter.out.pusher;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.realtime.adapter.out.pusher.testing.FakePusher;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The test endpoint refuses what Pusher refuses; requests here are signed by hand, independently of the client. */
class FakePusherTest {

    private static final String BODY = "{\"name\":\"task:created\",\"channel\":\"task-1\",\"data\":\"{\\\"taskId\\\":\\\"1\\\"}\"}";

    private final FakePusher pusher = FakePusher.start();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        pusher.close();
    }

    @Test
    void acceptsARequestSignedAsPusherSays() throws Exception {
        var response = post(BODY, Instant.now().getEpochSecond(), md5(BODY), FakePusher.SECRET);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(pusher.refusals()).isEmpty();
        var event = pusher.awaitEvent("task-1", "task:created");
        assertThat(event.data().path("taskId").asString()).isEqualTo("1");
    }

    @Test
    void refusesAWrongSignature() throws Exception {
        var response = post(BODY, Instant.now().getEpochSecond(), md5(BODY), "another-secret");

        assertRefused(response, "auth_signature");
    }

    @Test
    void refusesAStaleTimestamp() throws Exception {
        var response = post(BODY, Instant.now().minusSeconds(601).getEpochSecond(), md5(BODY), FakePusher.SECRET);

        assertRefused(response, "auth_timestamp");
    }

    @Test
    void refusesABodyThatDoesNotMatchItsMd5() throws Exception {
        var response = post(BODY, Instant.now().getEpochSecond(), md5(BODY + " "), FakePusher.SECRET);

        assertRefused(response, "body_md5");
    }

    @Test
    void refusesDataOverTenKilobytesWith413() throws Exception {
        String big = "{\"name\":\"e\",\"channel\":\"c\",\"data\":\"" + "x".repeat(10_241) + "\"}";

        var response = post(big, Instant.now().getEpochSecond(), md5(big), FakePusher.SECRET);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(pusher.events()).isEmpty();
    }

    @Test
    void refusesAnInvalidChannelName() throws Exception {
        String body = "{\"name\":\"e\",\"channel\":\"no spaces\",\"data\":\"{}\"}";

        var response = post(body, Instant.now().getEpochSecond(), md5(body), FakePusher.SECRET);

        assertThat(response.statusCode()).isEqualTo(400);
    }

    private void assertRefused(HttpResponse<String> response, String reason) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(pusher.events()).isEmpty();
        assertThat(pusher.refusals()).singleElement().satisfies(refusal -> assertThat(refusal.reason()).contains(reason));
    }

    private HttpResponse<String> post(String body, long timestamp, String bodyMd5, String secret) throws Exception {
        String path = "/apps/" + FakePusher.APP_ID + "/events";
        String params = "auth_key=" + FakePusher.KEY + "&auth_timestamp=" + timestamp + "&auth_version=1.0&body_md5=" + bodyMd5;
        String signature = hmac(secret, "POST\n" + path + "\n" + params);
        URI uri = URI.create("http://" + pusher.host() + ":" + pusher.port() + path + "?" + params
                + "&auth_signature=" + signature);
        return http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String md5(String body) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
