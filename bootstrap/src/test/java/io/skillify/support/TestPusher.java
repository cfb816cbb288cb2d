package io.skillify.support;

import io.skillify.realtime.adapter.out.pusher.testing.FakePusher;
import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The one Pusher endpoint of the test run, shared like the test database: every server a test starts with Pusher
 * configured points at it, since any instance may deliver any outstanding event of its database. Tests tell their
 * events apart by their own ids.
 */
public final class TestPusher {

    private static final FakePusher PUSHER = FakePusher.start();

    private TestPusher() {
    }

    public static FakePusher get() {
        return PUSHER;
    }

    /** Configures Pusher for the server under test, failed publications resubmitted every second. */
    public static void register(DynamicPropertyRegistry registry) {
        properties().forEach((name, value) -> registry.add(name, () -> value));
    }

    /** The properties that point a server at the test Pusher, for servers started with {@link RunningServer}. */
    public static Map<String, String> properties() {
        Map<String, String> properties = new java.util.LinkedHashMap<>(PUSHER.properties());
        properties.put("skillify.outbox.resubmit-interval", "1s");
        return properties;
    }
}
