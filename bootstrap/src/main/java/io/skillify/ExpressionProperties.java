package io.skillify;

import io.skillify.automation.application.expression.ExpressionSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds of expressions, templates and inputSchema checks: {@code SKILLIFY_EXPRESSION_TIMEOUT} (250ms, counted from
 * the request for an evaluation), {@code SKILLIFY_EXPRESSION_MAX_RESULT_SIZE} (1MB = 1 MiB, as JSON),
 * {@code SKILLIFY_EXPRESSION_THREADS} (0 = one per core) and {@code SKILLIFY_EXPRESSION_QUEUE} (0 = 64 per thread).
 */
@ConfigurationProperties("skillify.expression")
record ExpressionProperties(@DefaultValue("250ms") Duration timeout, @DefaultValue("1MB") DataSize maxResultSize,
                            @DefaultValue("0") int threads, @DefaultValue("0") int queue) {

    ExpressionSettings settings() {
        int pool = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        return new ExpressionSettings(timeout, Math.toIntExact(maxResultSize.toBytes()), pool,
                queue > 0 ? queue : 64 * pool);
    }
}
