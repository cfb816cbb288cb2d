package io.skillify.automation.adapter.out.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw HTTP/1.1 server on 127.0.0.1 that misbehaves on purpose, chosen by the request path: {@code /ok} answers
 * {@code ok}, {@code /drip} sends a long body one byte a second, {@code /hang} sends headers and then nothing,
 * {@code /reset} resets the connection, {@code /big} sends more than any cap and then hangs,
 * {@code /redirect/<n>} redirects n times before {@code /ok}, {@code /to/<url>} redirects to that URL; a TLS hello
 * gets a plain-text answer. Counts connections.
 */
final class ScriptedServer implements AutoCloseable {

    private final ServerSocket socket;
    private final AtomicInteger connections = new AtomicInteger();
    private final CountDownLatch closed = new CountDownLatch(1);

    ScriptedServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::acceptLoop);
    }

    int port() {
        return socket.getLocalPort();
    }

    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    int connections() {
        return connections.get();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                connections.incrementAndGet();
                Thread.ofVirtual().start(() -> serve(connection));
            } catch (IOException closedOrFailed) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            InputStream in = connection.getInputStream();
            OutputStream out = connection.getOutputStream();
            String path = requestPath(in, out);
            if (path.startsWith("/redirect/") || path.startsWith("/to/")) {
                int left = path.startsWith("/to/") ? 0 : Integer.parseInt(path.substring("/redirect/".length()));
                String location = path.startsWith("/to/") ? path.substring("/to/".length())
                        : left == 0 ? "/ok" : "/redirect/" + (left - 1);
                out.write(("HTTP/1.1 302 Found\r\nLocation: " + location + "\r\nConnection: close\r\nContent-Length: 0\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                return;
            }
            switch (path) {
                case "/ok" -> {
                    out.write(("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nConnection: close\r\nContent-Length: 2\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write("ok".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
                case "/drip" -> {
                    out.write(head(600, "text/plain"));
                    out.flush();
                    for (int i = 0; i < 600 && !closed.await(1, TimeUnit.SECONDS); i++) {
                        out.write('x');
                        out.flush();
                    }
                }
                case "/hang" -> {
                    out.write(head(100, "text/plain"));
                    out.flush();
                    closed.await();
                }
                case "/reset" -> connection.setSoLinger(true, 0);
                case "tls" -> connection.setSoLinger(true, 0);
                case "/big" -> {
                    out.write(head(10_000_000, "text/plain"));
                    out.write("y".repeat(5000).getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    closed.await();
                }
                default -> {
                    out.write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            }
        } catch (IOException | InterruptedException gone) {
            // the client went away; nothing to do
        }
    }

    private static byte[] head(long contentLength, String contentType) {
        return ("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + contentLength
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Reads the request head (these tests send no bodies) and returns its path; answers a TLS hello in plain text. */
    private static String requestPath(InputStream in, OutputStream out) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int first = in.read();
        if (first == 0x16) {
            out.write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return "tls";
        }
        head.write(first);
        int matched = first == '\r' ? 1 : 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        int next;
        while (matched < 4 && (next = in.read()) != -1) {
            head.write(next);
            matched = next == end[matched] ? matched + 1 : (next == '\r' ? 1 : 0);
        }
        String requestLine = head.toString(StandardCharsets.US_ASCII).lines().findFirst().orElse("");
        String[] parts = requestLine.split(" ");
        return parts.length > 1 ? parts[1] : "";
    }

    @Override
    public void close() throws IOException {
        closed.countDown();
        socket.close();
    }
}
