package skillify.worker;

/** A command line or environment the worker cannot run with; the message says what to fix. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }
}
