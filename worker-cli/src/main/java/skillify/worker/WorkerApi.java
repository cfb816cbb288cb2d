package skillify.worker;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The client side of the HTTP worker protocol: claim and update. The heartbeat route is not used: each running
 * task's own update every report interval already renews its lease and picks up its instructions.
 */
final class WorkerApi {

    static final String RUNNER = "skillify-worker-cli";

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final WorkerConfig config;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();

    WorkerApi(WorkerConfig config) {
        this.config = config;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .build();
    }

    static ObjectNode newBody() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** Claims up to {@code maxTasks} tasks; none when nothing fits or the account is at a limit (429). */
    List<ClaimedTask> claim(int maxTasks) throws IOException, InterruptedException {
        ObjectNode body = newBody();
        if (config.workspaceId() != null) {
            body.put("workspaceId", config.workspaceId().toString());
        }
        config.capabilities().forEach(body.putArray("capabilities")::add);
        body.put("maxTasks", maxTasks);
        body.put("runner", RUNNER);
        Answer answer = send("POST", "/api/workers/claim", body);
        if (answer.status() == 429) {
            Log.info("nothing claimed: " + answer.error() + "; waiting");
            return List.of();
        }
        answer.requireOk();
        List<ClaimedTask> claimed = new ArrayList<>();
        answer.body().path("workers").forEach(worker -> claimed.add(ClaimedTask.from(worker)));
        return claimed;
    }

    UpdateResult update(String workerId, ObjectNode body) throws IOException, InterruptedException {
        Answer answer = send("PATCH", "/api/workers/" + workerId, body);
        if (answer.status() == 409 && answer.body().path("abort").asBoolean(false)) {
            return new UpdateResult.Revoked(answer.body().path("reason").asString(answer.error()));
        }
        if (answer.status() == 403) {
            return new UpdateResult.Revoked("the server says this is not our worker (403)");
        }
        answer.requireOk();
        List<Instruction> instructions = new ArrayList<>();
        answer.body().path("instructions").forEach(node -> instructions.add(Instruction.from(node)));
        return new UpdateResult.Accepted(instructions);
    }

    private Answer send(String method, String path, ObjectNode body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint(path))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + config.apiKey())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("User-Agent", RUNNER)
                .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw e.getMessage() == null ? new IOException("cannot reach " + config.server() + " (" + rootCause(e) + ")", e) : e;
        }
        return new Answer(method + " " + path, response.statusCode(), parse(response.body()));
    }

    /** The JDK's client reports a refused connection or an unknown host without a message, so name the cause. */
    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }

    private URI endpoint(String path) {
        String base = config.server().toString();
        return URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) + path : base + path);
    }

    private JsonNode parse(String text) {
        try {
            return text == null || text.isBlank() ? MissingNode.getInstance() : json.readTree(text);
        } catch (JacksonException e) {
            return MissingNode.getInstance();
        }
    }

    private record Answer(String request, int status, JsonNode body) {

        String error() {
            return body.path("error").asString("");
        }

        void requireOk() throws ApiException {
            if (status < 200 || status >= 300) {
                throw new ApiException(request, status, error());
            }
        }
    }
}
