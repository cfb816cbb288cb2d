package io.skillify.realtime.adapter.out.pusher;

/**
 * Pusher did not accept a request. {@code transientFailure}: worth retrying (5xx, 429, timeout, connection
 * trouble); otherwise Pusher refused the request itself (another 4xx) and sending it again would not help.
 */
final class PusherCallFailed extends RuntimeException {

    private final boolean transientFailure;

    PusherCallFailed(String message, boolean transientFailure, Throwable cause) {
        super(message, cause);
        this.transientFailure = transientFailure;
    }

    boolean transientFailure() {
        return transientFailure;
    }

    static boolean isTransient(Throwable failure) {
        return failure instanceof PusherCallFailed failed && failed.transientFailure;
    }
}
