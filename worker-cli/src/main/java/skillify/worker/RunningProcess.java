package skillify.worker;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A started task command whose output is being collected. */
final class RunningProcess {

    private static final Duration GRACE = Duration.ofSeconds(3);
    private static final Duration OUTPUT_DRAIN = Duration.ofSeconds(1);

    /** The worker's own key is not the task's business. */
    private static final String WORKER_KEY_VARIABLE = "SKILLIFY_API_KEY";

    private final Process process;
    private final OutputTail stdout;
    private final OutputTail stderr;
    private final Thread stdoutReader;
    private final Thread stderrReader;

    private RunningProcess(Process process, int outputCapacity) {
        this.process = process;
        this.stdout = new OutputTail(outputCapacity);
        this.stderr = new OutputTail(outputCapacity);
        this.stdoutReader = Thread.ofVirtual().start(() -> drain(process.getInputStream(), stdout));
        this.stderrReader = Thread.ofVirtual().start(() -> drain(process.getErrorStream(), stderr));
    }

    static RunningProcess start(TaskCommand command, int outputCapacity) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command.argv());
        if (command.workingDirectory() != null) {
            builder.directory(command.workingDirectory().toFile());
        }
        builder.environment().remove(WORKER_KEY_VARIABLE);
        builder.environment().putAll(command.env());
        Process process = builder.start();
        process.getOutputStream().close();
        return new RunningProcess(process, outputCapacity);
    }

    /** @return whether the process has ended */
    boolean waitFor(Duration duration) throws InterruptedException {
        return process.waitFor(Math.max(1, duration.toMillis()), TimeUnit.MILLISECONDS);
    }

    /** Ends the process and everything it started: politely first, forcibly after a grace period. */
    void destroyTree() {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    /** Waits for the process and its output, which a leftover grandchild holding the pipes cannot hold up for long. */
    ProcessResult finish() throws InterruptedException {
        int exitCode = process.waitFor();
        stdoutReader.join(OUTPUT_DRAIN);
        stderrReader.join(OUTPUT_DRAIN);
        return new ProcessResult(exitCode, stdout.toString(), stderr.toString());
    }

    String lastOutputLine() {
        return stdout.lastLine();
    }

    private static void drain(InputStream stream, OutputTail tail) {
        byte[] chunk = new byte[8192];
        try (stream) {
            for (int read; (read = stream.read(chunk)) != -1; ) {
                tail.append(chunk, 0, read);
            }
        } catch (IOException e) {
            // the process ended and took its pipe with it: what was read is kept
        }
    }
}
