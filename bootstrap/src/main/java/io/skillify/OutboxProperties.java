package io.skillify;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbox (Spring Modulith's event publication registry): failed publications are delivered again every
 * {@code SKILLIFY_OUTBOX_RESUBMIT_INTERVAL} (10s), at most {@code SKILLIFY_OUTBOX_RESUBMIT_BATCH} (500) per round;
 * completed ones are archived and the archive keeps {@code SKILLIFY_OUTBOX_RETENTION} (7d), purged every
 * {@code SKILLIFY_OUTBOX_PURGE_INTERVAL} (1h).
 */
@ConfigurationProperties("skillify.outbox")
record OutboxProperties(@DefaultValue("10s") Duration resubmitInterval, @DefaultValue("500") int resubmitBatch,
                        @DefaultValue("7d") Duration retention, @DefaultValue("1h") Duration purgeInterval) {

    OutboxProperties {
        if (resubmitInterval.isNegative() || resubmitInterval.isZero() || purgeInterval.isNegative()
                || purgeInterval.isZero()) {
            throw new IllegalArgumentException("skillify.outbox intervals must be positive");
        }
        if (resubmitBatch < 1) {
            throw new IllegalArgumentException("skillify.outbox.resubmit-batch must be at least 1");
        }
        if (retention.isNegative()) {
            throw new IllegalArgumentException("skillify.outbox.retention must not be negative");
        }
    }
}
