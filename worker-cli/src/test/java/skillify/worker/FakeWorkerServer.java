package skillify.worker;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/** A stand-in for the server's worker routes that records every request and answers as the test scripts. */
final class FakeWorkerServer implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Reply NOTHING_TO_CLAIM = new Reply(200, "{\"success\":true,\"workers\":[]}");

    record Request(String method, String path, String authorization, JsonNode body) {
    }

    record Reply(int status, String body) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Queue<Reply> claimReplies = new ConcurrentLinkedQueue<>();
    private volatile Function<Request, Reply> patchReplies = request -> acceptUpdate();

    FakeWorkerServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The next claim gets this answer; claims beyond the scripted ones find nothing. */
    void answerClaim(Reply reply) {
        claimReplies.add(reply);
    }

    void answerUpdates(Function<Request, Reply> replies) {
        patchReplies = replies;
    }

    /** A claim answer handing out one task with this context. */
    static Reply claimOf(String workerId, String taskId, String contextJson) {
        return new Reply(200, """
                {"success": true, "workers": [{"id": "%s", "taskId": "%s", "branch": "buildd/%s-test",
                 "task": {"id": "%s", "title": "Test task", "status": "assigned", "context": %s}}]}"""
                .formatted(workerId, taskId, taskId, taskId, contextJson));
    }

    static Reply acceptUpdate(String... instructionsJson) {
        return new Reply(200, "{\"success\":true,\"id\":\"w\",\"status\":\"running\",\"instructions\":["
                + String.join(",", instructionsJson) + "]}");
    }

    static Reply revoke(String reason) {
        return new Reply(409, "{\"success\":false,\"error\":\"Worker is already failed\",\"abort\":true,\"reason\":\""
                + reason + "\"}");
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    List<JsonNode> updateBodies() {
        return requests.stream().filter(r -> r.method().equals("PATCH")).map(Request::body).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                text.isEmpty() ? MissingNode.getInstance() : JSON.readTree(text));
        requests.add(request);
        Reply reply = switch (request.path()) {
            case "/api/workers/claim" -> {
                Reply scripted = claimReplies.poll();
                yield scripted == null ? NOTHING_TO_CLAIM : scripted;
            }
            case "/api/workers/heartbeat" -> new Reply(200, "{\"success\":true,\"ok\":true,\"pendingTaskCount\":0}");
            default -> patchReplies.apply(request);
        };
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
