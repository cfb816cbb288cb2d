package io.skillify.automation.application.port.out;

import io.skillify.shared.domain.WorkspaceId;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** Sends the HTTP requests of {@code http.request} steps. Implemented by the outbound HTTP adapter. */
public interface OutboundHttp {

    HttpOutcome send(HttpCall call);

    /**
     * One request of a step of {@code workspaceId}'s run; {@code body} null for none, {@code idempotencyKey} sent as
     * {@code Idempotency-Key}; {@code timeout} bounds the whole exchange, the response body and any redirects included. GET and HEAD
     * follow redirects (a few hops, each destination checked like the first); other methods get the 3xx answer.
     */
    record HttpCall(WorkspaceId workspaceId, String method, URI url, Map<String, String> headers, String body, String contentType,
                    Duration timeout, String idempotencyKey) {
    }

    sealed interface HttpOutcome {

        /**
         * The server answered (whatever the status); {@code truncated} when the body was longer than the response size
         * cap and {@code body} holds only its beginning.
         */
        record Answered(int status, Map<String, String> headers, String contentType, String body, boolean truncated)
                implements HttpOutcome {

            public Answered(int status, Map<String, String> headers, String contentType, String body) {
                this(status, headers, contentType, body, false);
            }
        }

        /** No answer: refused, timed out, circuit open, destination not allowed. */
        record Unanswered(String reason, boolean retryable) implements HttpOutcome {
        }
    }
}
