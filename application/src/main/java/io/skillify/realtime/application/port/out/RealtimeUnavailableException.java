package io.skillify.realtime.application.port.out;

/** The realtime service did not accept the messages (down, refusing, too slow, or its circuit is open). */
public class RealtimeUnavailableException extends RuntimeException {

    public RealtimeUnavailableException(String message) {
        super(message);
    }

    public RealtimeUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
