package io.skillify.automation.adapter.out.http;

import io.skillify.automation.application.port.out.OutboundHttp.HttpCall;
import io.skillify.automation.application.port.out.OutboundHttp.HttpOutcome;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which redirects a step follows: those answering a GET or HEAD with a {@code Location} to an http(s) URL. The next
 * hop is the same request to the new URL; credentials are not carried to another host.
 */
final class Redirects {

    private static final Set<Integer> REDIRECT_STATUSES = Set.of(301, 302, 303, 307, 308);
    private static final Set<String> FOLLOWING_METHODS = Set.of("GET", "HEAD");
    private static final Set<String> CREDENTIAL_HEADERS = Set.of("authorization", "proxy-authorization", "cookie");

    private Redirects() {
    }

    /** Where {@code outcome} sends {@code call} next, if it is a redirect to follow. */
    static Optional<URI> next(HttpCall call, HttpOutcome outcome) {
        if (!(outcome instanceof HttpOutcome.Answered answered)
                || !REDIRECT_STATUSES.contains(answered.status())
                || !FOLLOWING_METHODS.contains(call.method().toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return location(answered).flatMap(location -> {
            try {
                URI next = call.url().resolve(location);
                String scheme = String.valueOf(next.getScheme()).toLowerCase(Locale.ROOT);
                return next.getHost() != null && (scheme.equals("http") || scheme.equals("https"))
                        ? Optional.of(next) : Optional.empty();
            } catch (IllegalArgumentException unusable) {
                return Optional.empty();
            }
        });
    }

    static Optional<String> location(HttpOutcome.Answered answered) {
        return answered.headers().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("Location"))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** The same call sent to {@code next}; without credentials when {@code next} is on another host. */
    static HttpCall to(HttpCall call, URI next) {
        Map<String, String> headers = call.headers();
        if (!sameOrigin(call.url(), next)) {
            headers = new LinkedHashMap<>(headers);
            headers.keySet().removeIf(name -> CREDENTIAL_HEADERS.contains(name.toLowerCase(Locale.ROOT)));
        }
        return new HttpCall(call.workspaceId(), call.method(), next, headers, call.body(), call.contentType(),
                call.timeout(), call.idempotencyKey());
    }

    private static boolean sameOrigin(URI from, URI to) {
        return String.valueOf(from.getHost()).equalsIgnoreCase(String.valueOf(to.getHost()))
                && from.getPort() == to.getPort()
                && String.valueOf(from.getScheme()).equalsIgnoreCase(String.valueOf(to.getScheme()));
    }
}
