package skillify.worker;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/** {@code java -jar skillify-worker.jar}: see {@link Usage}. */
public final class Main {

    static final int EXIT_OK = 0;
    static final int EXIT_SERVER = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_TASK_NOT_COMPLETED = 3;

    /** How long Ctrl-C waits for running tasks to be killed and reported. */
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(15);

    private Main() {
    }

    public static void main(String[] args) {
        Invocation invocation;
        try {
            invocation = ArgumentParser.parse(List.of(args), System.getenv());
        } catch (UsageException e) {
            System.err.println("skillify-worker: " + e.getMessage());
            System.err.println("Try --help.");
            System.exit(EXIT_USAGE);
            return;
        }
        if (invocation instanceof Invocation.RunWorker(WorkerConfig config, boolean once)) {
            System.exit(run(config, once));
        }
        System.out.print(Usage.TEXT);
    }

    private static int run(WorkerConfig config, boolean once) {
        ReferenceWorker worker = new ReferenceWorker(config);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            worker.stop();
            try {
                worker.awaitFinished(SHUTDOWN_WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "worker-shutdown"));
        try {
            if (!once) {
                worker.run();
                return EXIT_OK;
            }
            List<TaskOutcome> outcomes = worker.runOnce();
            if (outcomes.isEmpty()) {
                Log.info("nothing to claim");
            }
            boolean allCompleted = outcomes.stream().allMatch(o -> o.result() == TaskOutcome.Result.COMPLETED);
            return allCompleted ? EXIT_OK : EXIT_TASK_NOT_COMPLETED;
        } catch (IOException e) {
            Log.warn((ReferenceWorker.isRefusal(e) ? "the server refused: " : "could not reach the server: ")
                    + TaskRunner.describe(e));
            return EXIT_SERVER;
        } catch (InterruptedException e) {
            return EXIT_OK;
        }
    }
}
