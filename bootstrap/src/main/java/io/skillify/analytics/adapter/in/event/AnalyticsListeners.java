package io.skillify.analytics.adapter.in.event;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * Present unless {@code skillify.analytics.enabled=false} (SKILLIFY_ANALYTICS_ENABLED): with it false no event reaches
 * analytics and its aggregates stop growing (the bench compares runs/s with and without).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ConditionalOnProperty(prefix = "skillify.analytics", name = "enabled", havingValue = "true", matchIfMissing = true)
@interface AnalyticsListeners {
}
