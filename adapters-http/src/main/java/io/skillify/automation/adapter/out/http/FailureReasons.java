package io.skillify.automation.adapter.out.http;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.skillify.automation.application.port.out.OutboundHttp.HttpOutcome.Unanswered;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.NoHttpResponseException;

/** Turns what went wrong with an exchange into a step error a user can read; never names a class. */
final class FailureReasons {

    private FailureReasons() {
    }

    /**
     * @param failure     what the exchange threw
     * @param host        the URL's host
     * @param destination {@code host:port}
     * @param timeout     the exchange's time limit
     * @param timedOut    whether that limit had passed when it failed (whatever the failure looked like then)
     */
    static Unanswered of(Throwable failure, String host, String destination, Duration timeout, boolean timedOut) {
        if (timedOut) {
            return retryable("timed out after " + timeout.toMillis() + " ms");
        }
        return switch (failure) {
            case DestinationNotAllowedException refused -> new Unanswered(refused.getMessage(), false);
            case CallNotPermittedException open ->
                    retryable("circuit open for " + destination + ": too many recent failures");
            case UnknownHostException unknown -> retryable("host not found: " + host);
            case ConnectException refused -> retryable("connection refused");
            case NoRouteToHostException unreachable -> retryable("no route to host");
            case SSLException tls -> retryable("TLS handshake failed");
            case InterruptedIOException slow -> retryable("timed out after " + timeout.toMillis() + " ms");
            case NoHttpResponseException silent -> retryable("the server closed the connection without answering");
            case ConnectionClosedException cut ->
                    retryable("the server closed the connection before the response was complete");
            case ClientProtocolException protocol -> retryable("invalid HTTP exchange");
            case SocketException socket when String.valueOf(socket.getMessage()).toLowerCase(Locale.ROOT)
                    .contains("reset") -> retryable("connection reset");
            case SocketException socket -> retryable("connection closed unexpectedly");
            case IOException io -> retryable("request failed: network error");
            case InterruptedException interrupted -> retryable("interrupted");
            default -> retryable("request failed");
        };
    }

    private static Unanswered retryable(String reason) {
        return new Unanswered(reason, true);
    }
}
