package io.skillify.realtime.adapter.in.event.api;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * True when Pusher is configured: app id, key and secret all given ({@code SKILLIFY_PUSHER_APP_ID}, {@code _KEY},
 * {@code _SECRET}; contract §6). Unconfigured, realtime is a silent no-op and nothing is written to the outbox for it.
 */
public final class PusherConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return in(context.getEnvironment());
    }

    public static boolean in(Environment environment) {
        return given(environment, "skillify.pusher.app-id") && given(environment, "skillify.pusher.key")
                && given(environment, "skillify.pusher.secret");
    }

    private static boolean given(Environment environment, String property) {
        String value = environment.getProperty(property);
        return value != null && !value.isBlank();
    }
}
