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
     * {@code Idempotency-Key}; {@code timeout} bounds the whole exchange, the response body included.
     */
    record HttpCall(WorkspaceId workspaceId, String method, URI url, Map<String, String> headers, String body, String contentType,
                    Duration timeout, String idempotencyKey) {
    }

    sealed interface HttpOutcome {

        /** The server answered (whatever the status). */
        record Answered(int status, Map<String, String> headers, String contentType, String body)
                implements HttpOutcome {
        }

        /** No answer: refused, timed out, circuit open, destination not allowed. */
        record Unanswered(String reason, boolean retryable) implements HttpOutcome {
        }
    }
}
