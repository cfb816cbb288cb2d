package skillify.worker;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** Carries out one claimed task: reports it running, runs its command, watches it, reports how it ended. */
final class TaskRunner {

    static final String STOPPED_ERROR = "worker stopped";
    static final String ABORTED_ERROR = "aborted";

    /** How often the runner looks up from a running command to check for a stop or a timeout. */
    private static final Duration WATCH_STEP = Duration.ofMillis(200);
    /** Attempts for the reports that matter (running, and the end); a progress report is tried once. */
    private static final int REPORT_ATTEMPTS = 8;

    private final ClaimedTask task;
    private final WorkerApi api;
    private final Duration reportInterval;
    private volatile boolean stopRequested;

    TaskRunner(ClaimedTask task, WorkerApi api, Duration reportInterval) {
        this.task = task;
        this.api = api;
        this.reportInterval = reportInterval;
    }

    /** Asks the runner to kill its command and report the task failed with {@value #STOPPED_ERROR}. */
    void stop() {
        stopRequested = true;
    }

    TaskOutcome run() throws InterruptedException {
        TaskCommand command;
        try {
            command = TaskCommand.from(task.context());
        } catch (InvalidTaskException e) {
            Log.warn(task.label() + ": " + e.getMessage());
            return end(TaskOutcome.Result.FAILED, e.getMessage(), null);
        }
        if (stopRequested) {
            return end(TaskOutcome.Result.STOPPED, STOPPED_ERROR, null);
        }
        Log.info(task.label() + ": running " + command.summary());
        UpdateResult started = report(Reports.running("Running " + command.summary()), REPORT_ATTEMPTS);
        if (started == null) {
            return outcome(TaskOutcome.Result.FAILED, null, "could not report the task running", false);
        }
        if (started instanceof UpdateResult.Revoked revoked) {
            return revoked(revoked);
        }
        if (follow(((UpdateResult.Accepted) started).instructions())) {
            return end(TaskOutcome.Result.ABORTED, ABORTED_ERROR, null);
        }
        RunningProcess process;
        try {
            process = RunningProcess.start(command, OutputTail.DEFAULT_CAPACITY);
        } catch (IOException e) {
            return end(TaskOutcome.Result.FAILED, "could not start " + command.argv().getFirst() + ": " + e.getMessage(),
                    null);
        }
        return watch(command, process);
    }

    private TaskOutcome watch(TaskCommand command, RunningProcess process) throws InterruptedException {
        try {
            return watchUntilEnd(command, process);
        } catch (InterruptedException e) {
            process.destroyTree();
            throw e;
        }
    }

    private TaskOutcome watchUntilEnd(TaskCommand command, RunningProcess process) throws InterruptedException {
        Instant deadline = command.timeout() == null ? Instant.MAX : Instant.now().plus(command.timeout());
        Instant nextReport = Instant.now().plus(reportInterval);
        while (!process.waitFor(WATCH_STEP)) {
            Instant now = Instant.now();
            if (stopRequested) {
                process.destroyTree();
                return end(TaskOutcome.Result.STOPPED, STOPPED_ERROR, process.finish());
            }
            if (!now.isBefore(deadline)) {
                process.destroyTree();
                String error = "timed out after " + Durations.format(command.timeout());
                Log.warn(task.label() + ": " + error);
                return end(TaskOutcome.Result.FAILED, error, process.finish());
            }
            if (!now.isBefore(nextReport)) {
                nextReport = now.plus(reportInterval);
                String action = process.lastOutputLine();
                UpdateResult answer = report(Reports.progress(action.isEmpty() ? "Running " + command.summary() : action), 1);
                if (answer instanceof UpdateResult.Revoked revoked) {
                    process.destroyTree();
                    return revoked(revoked);
                }
                if (answer instanceof UpdateResult.Accepted accepted && follow(accepted.instructions())) {
                    process.destroyTree();
                    return end(TaskOutcome.Result.ABORTED, ABORTED_ERROR, process.finish());
                }
            }
        }
        ProcessResult result = process.finish();
        if (result.exitCode() == 0) {
            return end(TaskOutcome.Result.COMPLETED, null, result);
        }
        return end(TaskOutcome.Result.FAILED, "exit code " + result.exitCode(), result);
    }

    /** Acts on queued instructions; answers whether one of them was {@code abort}. */
    private boolean follow(List<Instruction> instructions) {
        boolean abort = false;
        for (Instruction instruction : instructions) {
            switch (instruction.action()) {
                case "abort" -> {
                    Log.info(task.label() + ": abort requested");
                    abort = true;
                }
                case "message" -> Log.info(task.label() + ": message: " + instruction.text());
                case "pause", "resume" -> Log.info(task.label() + ": '" + instruction.action()
                        + "' ignored: this worker does not pause commands");
                default -> Log.info(task.label() + ": unknown instruction '" + instruction.action() + "' ignored");
            }
        }
        return abort;
    }

    /** Sends the final report and says what became of the task. */
    private TaskOutcome end(TaskOutcome.Result result, String error, ProcessResult process) throws InterruptedException {
        ObjectNode output = process == null ? null : process.toOutput();
        ObjectNode body = result == TaskOutcome.Result.COMPLETED ? Reports.completed(output) : Reports.failed(error, output);
        UpdateResult answer = report(body, REPORT_ATTEMPTS);
        Integer exitCode = process == null ? null : process.exitCode();
        if (answer instanceof UpdateResult.Revoked revoked) {
            return revoked(revoked);
        }
        String ending = result.name().toLowerCase();
        Log.info(task.label() + ": " + ending + (error == null || error.equals(ending) ? "" : " (" + error + ")")
                + (answer == null ? ", but the server was not told" : ""));
        return outcome(result, exitCode, error, answer != null);
    }

    private TaskOutcome revoked(UpdateResult.Revoked revoked) {
        Log.warn(task.label() + ": the server withdrew the task (" + revoked.reason() + "); stopped, not reporting again");
        return outcome(TaskOutcome.Result.REVOKED, null, revoked.reason(), false);
    }

    private TaskOutcome outcome(TaskOutcome.Result result, Integer exitCode, String error, boolean reported) {
        return new TaskOutcome(task.taskId(), task.workerId(), result, exitCode, error, reported);
    }

    /** Sends an update, retrying network trouble and server errors; {@code null} when it could not be delivered. */
    private UpdateResult report(ObjectNode body, int attempts) throws InterruptedException {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));
        for (int attempt = 1; ; attempt++) {
            try {
                return api.update(task.workerId(), body);
            } catch (IOException e) {
                boolean worthRetrying = !(e instanceof ApiException refused) || refused.isTransient();
                if (!worthRetrying || attempt >= attempts) {
                    Log.warn(task.label() + ": report not delivered: " + describe(e));
                    return null;
                }
                Duration wait = backoff.next();
                Log.warn(task.label() + ": report failed (" + describe(e) + "); retrying in " + Durations.format(wait));
                Thread.sleep(wait);
            }
        }
    }

    static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
