package skillify.worker;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * A worker that claims tasks from a Skillify server and runs the command each one carries in
 * {@code context.command}. Tasks run concurrently, each on its own virtual thread.
 *
 * <pre>{@code
 * List<TaskOutcome> outcomes = new ReferenceWorker(WorkerConfig.defaults(server, apiKey)
 *         .withCapabilities(List.of("shell"))).runOnce();
 * }</pre>
 */
public final class ReferenceWorker {

    private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

    private final WorkerConfig config;
    private final WorkerApi api;
    private final Set<TaskRunner> runners = ConcurrentHashMap.newKeySet();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean stopping;
    private volatile Thread loopThread;

    public ReferenceWorker(WorkerConfig config) {
        this.config = config;
        this.api = new WorkerApi(config);
    }

    /**
     * One claim round: claims up to {@code maxTasks} tasks, runs them to their end and returns what became of each,
     * in claim order; an empty list when nothing fitted or the account already runs its maximum of workers.
     *
     * @throws IOException when the claim failed: the server could not be reached or refused
     *                     ({@link #isRefusal(IOException)} tells a wrong key or workspace from trouble)
     */
    public List<TaskOutcome> runOnce() throws IOException, InterruptedException {
        try {
            List<ClaimedTask> claimed = api.claim(config.maxTasks());
            List<Future<TaskOutcome>> running = new ArrayList<>();
            try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
                claimed.forEach(task -> running.add(executor.submit(() -> runTask(task))));
            }
            List<TaskOutcome> outcomes = new ArrayList<>();
            for (Future<TaskOutcome> outcome : running) {
                outcomes.add(result(outcome));
            }
            return outcomes;
        } finally {
            finished.countDown();
        }
    }

    /**
     * Claims and runs tasks until {@link #stop()}. Network trouble and server errors are logged and retried with
     * growing waits; only a refusal (a rejected key, a workspace the account is not a member of) ends it early.
     *
     * @throws IOException the refusal
     */
    public void run() throws IOException {
        loopThread = Thread.currentThread();
        Semaphore freeSlots = new Semaphore(config.maxTasks());
        Backoff backoff = new Backoff(config.pollInterval(), MAX_BACKOFF.compareTo(config.pollInterval()) > 0
                ? MAX_BACKOFF : config.pollInterval());
        Log.info("worker started: " + config.server() + ", capabilities " + config.capabilities()
                + ", up to " + config.maxTasks() + " task(s) at once");
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        try {
            while (!stopping) {
                freeSlots.acquire();
                int free = 1 + freeSlots.drainPermits();
                List<ClaimedTask> claimed;
                try {
                    claimed = api.claim(free);
                    backoff.reset();
                } catch (IOException e) {
                    freeSlots.release(free);
                    if (isRefusal(e)) {
                        throw e;
                    }
                    Duration wait = backoff.next();
                    Log.warn("claim failed (" + TaskRunner.describe(e) + "); retrying in " + Durations.format(wait));
                    Thread.sleep(wait);
                    continue;
                }
                freeSlots.release(free - claimed.size());
                for (ClaimedTask task : claimed) {
                    executor.execute(() -> {
                        try {
                            runTask(task);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        } finally {
                            freeSlots.release();
                        }
                    });
                }
                if (claimed.isEmpty()) {
                    Thread.sleep(config.pollInterval());
                }
            }
        } catch (InterruptedException e) {
            // stop() interrupts the loop only; the tasks still report
        } finally {
            Thread.interrupted();
            stopping = true;
            runners.forEach(TaskRunner::stop);
            executor.close();
            loopThread = null;
            Log.info("worker stopped");
            finished.countDown();
        }
    }

    /**
     * Stops claiming, kills the commands that run and reports their tasks failed with error {@code worker stopped}.
     * Returns at once; {@link #awaitFinished(Duration)} waits for the reports.
     */
    public void stop() {
        stopping = true;
        runners.forEach(TaskRunner::stop);
        Thread loop = loopThread;
        if (loop != null) {
            loop.interrupt();
        }
    }

    /** @return whether {@link #run()} or {@link #runOnce()} ended within the timeout */
    public boolean awaitFinished(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Whether a failure of {@link #runOnce()} or {@link #run()} is the server refusing (a rejected key, a workspace
     * the account is not a member of, a wrong URL) rather than trouble that may pass.
     */
    public static boolean isRefusal(IOException e) {
        return e instanceof ApiException refused && !refused.isTransient();
    }

    private TaskOutcome runTask(ClaimedTask task) throws InterruptedException {
        TaskRunner runner = new TaskRunner(task, api, config.reportInterval());
        runners.add(runner);
        if (stopping) {
            runner.stop();
        }
        try {
            return runner.run();
        } finally {
            runners.remove(runner);
        }
    }

    private static TaskOutcome result(Future<TaskOutcome> outcome) throws InterruptedException {
        try {
            return outcome.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("a task runner failed unexpectedly", e.getCause());
        }
    }
}
