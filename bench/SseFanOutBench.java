import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client of bench/sse-fanout.sh: starts one run, opens N streams on it, measures the server's heap (after a GC)
 * and RSS before and with the streams open and idle, then records, for every log line after the pause, the time
 * from its {@code at} to its arrival at each stream. Args: baseUrl key workspace automation streams serverPid.
 */
public class SseFanOutBench {

    /** Streams opened at once: a client's reconnect storm is not what this measures (the pool would answer 503). */
    private static final int OPENING_AT_ONCE = 32;
    private static final Pattern AT = Pattern.compile("\"at\":\"([^\"]+)\"");
    private static final Pattern MESSAGE = Pattern.compile("\"message\":\"line ");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String key = args[1];
        String workspace = args[2];
        String automation = args[3];
        int streams = Integer.parseInt(args[4]);
        long pid = Long.parseLong(args[5]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        long[] before = memory(pid);
        String run = post(http, base + "/api/" + workspace + "/automations/" + automation + "/runs", key);
        String url = base + "/api/" + workspace + "/runs/" + run + "/logs/stream";

        ConcurrentLinkedQueue<Long> delaysMicros = new ConcurrentLinkedQueue<>();
        CountDownLatch opened = new CountDownLatch(streams);
        CountDownLatch ended = new CountDownLatch(streams);
        Semaphore opening = new Semaphore(OPENING_AT_ONCE);
        ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor();
        for (int i = 0; i < streams; i++) {
            readers.submit(() -> follow(http, url, key, opening, opened, ended, delaysMicros));
        }
        opened.await();
        Thread.sleep(5_000);
        long[] open = memory(pid);
        System.out.printf("streams open: %d (run %s)%n", streams, run);
        System.out.printf("server heap after GC: %.1f MiB without streams, %.1f MiB with them -> %.1f MiB per 1,000%n",
                mib(before[0]), mib(open[0]), mib(open[0] - before[0]) * 1000.0 / streams);
        System.out.printf("server RSS: %.1f MiB without streams, %.1f MiB with them -> %.1f MiB per 1,000%n",
                mib(before[1]), mib(open[1]), mib(open[1] - before[1]) * 1000.0 / streams);
        System.out.printf("server threads: %d without streams, %d with them%n", before[2], open[2]);
        System.out.println("largest classes on the heap with the streams open:");
        jcmd(pid, "GC.class_histogram").lines().skip(2).limit(12).forEach(System.out::println);
        ended.await();
        readers.close();
        List<Long> sorted = new ArrayList<>(delaysMicros);
        Collections.sort(sorted);
        System.out.printf("line -> subscriber: %d deliveries, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", sorted.size(),
                percentile(sorted, 0.50) / 1000.0, percentile(sorted, 0.99) / 1000.0, sorted.getLast() / 1000.0);
    }

    private static void follow(HttpClient http, String url, String key, Semaphore opening, CountDownLatch opened,
                               CountDownLatch ended, ConcurrentLinkedQueue<Long> delaysMicros) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + key)
                    .header("Accept", "text/event-stream").GET().build();
            HttpResponse<InputStream> response;
            opening.acquire();
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } finally {
                opening.release();
            }
            if (response.statusCode() != 200) {
                throw new IllegalStateException("stream refused: " + response.statusCode());
            }
            opened.countDown();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(),
                    StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.startsWith("data:") && MESSAGE.matcher(line).find()) {
                        Instant arrived = Instant.now();
                        Matcher at = AT.matcher(line);
                        if (at.find()) {
                            delaysMicros.add(Duration.between(Instant.parse(at.group(1)), arrived).toNanos() / 1000);
                        }
                    }
                }
            }
        } catch (Exception failure) {
            System.err.println("a stream failed: " + failure);
            opened.countDown();
        } finally {
            ended.countDown();
        }
    }

    /** Heap used after a full GC, RSS, and thread count of the server. */
    private static long[] memory(long pid) throws Exception {
        jcmd(pid, "GC.run");
        String heap = jcmd(pid, "GC.heap_info");
        Matcher used = Pattern.compile("used (\\d+)K").matcher(heap);
        long heapBytes = used.find() ? Long.parseLong(used.group(1)) * 1024 : -1;
        long rss = -1;
        long threads = -1;
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            } else if (line.startsWith("Threads:")) {
                threads = Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return new long[] {heapBytes, rss, threads};
    }

    private static String jcmd(long pid, String command) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    private static String post(HttpClient http, String url, String key) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(body);
        if (!id.find()) {
            throw new IllegalStateException("no run started: " + body);
        }
        return id.group(1);
    }

    private static double mib(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }

    private static long percentile(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
