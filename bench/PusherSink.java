import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * A stand-in Pusher HTTP API for bench/pusher.sh: accepts /apps/{id}/events and /batch_events and counts the events
 * (signatures are checked by the test suite's FakePusher, not here). GET /mode/up|down|hang switches it: down answers
 * 503, hang holds every request until the mode changes. GET /count prints how many events it accepted.
 * Usage: java bench/PusherSink.java PORT
 */
public class PusherSink {

    private static final Pattern EVENT = Pattern.compile("\"name\"\\s*:");
    private static final AtomicLong events = new AtomicLong();
    private static final AtomicReference<String> mode = new AtomicReference<>("up");

    public static void main(String[] args) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 1000);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/apps/", PusherSink::trigger);
        server.createContext("/mode/", exchange -> {
            mode.set(exchange.getRequestURI().getPath().substring("/mode/".length()));
            synchronized (mode) {
                mode.notifyAll();
            }
            answer(exchange, 200, mode.get());
        });
        server.createContext("/count", exchange -> answer(exchange, 200, Long.toString(events.get())));
        server.start();
    }

    private static void trigger(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        synchronized (mode) {
            while (mode.get().equals("hang")) {
                try {
                    mode.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        if (mode.get().equals("down")) {
            answer(exchange, 503, "{\"error\":\"down\"}");
            return;
        }
        events.addAndGet(exchange.getRequestURI().getPath().endsWith("/batch_events")
                ? EVENT.matcher(body).results().count() : 1);
        answer(exchange, 200, "{}");
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
