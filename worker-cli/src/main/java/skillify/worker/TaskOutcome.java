package skillify.worker;

/**
 * What became of one claimed task.
 *
 * @param exitCode the command's exit code; {@code null} when no command ran to an end we saw
 * @param error    why the task did not complete; {@code null} when it did
 * @param reported whether the server took the final report ({@code false} also for {@link Result#REVOKED}, which
 *                 is never reported)
 */
public record TaskOutcome(String taskId, String workerId, Result result, Integer exitCode, String error,
                          boolean reported) {

    public enum Result {
        /** The command exited with 0; reported {@code completed}. */
        COMPLETED,
        /** No command, a command that would not start, a non-zero exit or a timeout; reported {@code failed}. */
        FAILED,
        /** An {@code abort} instruction ended it; reported {@code failed} with error {@code aborted}. */
        ABORTED,
        /** The server answered 409 {@code abort: true} (lease expired, task cancelled or reassigned): killed, not reported. */
        REVOKED,
        /** The worker was stopped while the task ran; reported {@code failed} with error {@code worker stopped}. */
        STOPPED
    }
}
