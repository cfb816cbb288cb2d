package skillify.worker;

final class Usage {

    static final String TEXT = """
            Usage: java -jar skillify-worker.jar [options]

            Claims tasks from a Skillify server and runs the command each task carries in context.command.

            Options (each falls back to the environment variable shown, then to the default):
              --server URL              server base URL           SKILLIFY_SERVER           (http://localhost:8080)
              --workspace UUID          claim only from this one  SKILLIFY_WORKSPACE        (all your workspaces)
              --capabilities a,b        what this worker can do   SKILLIFY_CAPABILITIES     (none)
              --max-tasks N             tasks run at once, 1-50   SKILLIFY_MAX_TASKS        (1)
              --poll-interval D         wait after an empty claim SKILLIFY_POLL_INTERVAL    (5s)
              --report-interval D       progress report period    SKILLIFY_REPORT_INTERVAL  (30s)
              --once                    claim once, run what was claimed, exit
              -h, --help                show this text

            The API key is read only from SKILLIFY_API_KEY (never from a flag, so it stays out of process lists).
            Durations: 500ms, 5s, 2m, 1h or ISO-8601 (PT5S).

            Without --once the worker runs until Ctrl-C or SIGTERM, which kill the running commands and
            report their tasks failed ("worker stopped").

            Exit codes:
              0  with --once: nothing to claim, or every claimed task completed
              1  the server refused (wrong key, workspace or URL); with --once also: it could not be reached
              2  bad options or no API key
              3  with --once: a claimed task did not complete (failed, aborted, withdrawn or stopped)
            """;

    private Usage() {
    }
}
