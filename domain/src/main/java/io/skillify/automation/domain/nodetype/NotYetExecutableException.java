package io.skillify.automation.domain.nodetype;

/**
 * Thrown by executors whose machinery (outbound HTTP, expressions, workers) arrives with the run engine: their
 * descriptor and schema are final, so flows using them can already be saved and validated.
 */
public final class NotYetExecutableException extends RuntimeException {

    public NotYetExecutableException(String type) {
        super("node type " + type + " cannot be executed by this version of Skillify yet");
    }
}
