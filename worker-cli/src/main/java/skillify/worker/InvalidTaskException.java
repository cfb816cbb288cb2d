package skillify.worker;

/** A task whose context does not say what to run; the message says why, for the task's error. */
final class InvalidTaskException extends Exception {

    InvalidTaskException(String message) {
        super(message);
    }
}
