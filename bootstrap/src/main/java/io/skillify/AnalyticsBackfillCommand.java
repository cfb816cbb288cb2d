package io.skillify;

import io.skillify.analytics.application.port.in.BackfillAnalyticsUseCase;
import io.skillify.analytics.application.port.in.BackfillAnalyticsUseCase.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar skillify.jar --skillify.analytics.backfill=true} (or SKILLIFY_ANALYTICS_BACKFILL=true): rebuilds
 * the analytics aggregates from the run history, then stops the process, exit status 0 when the history was walked
 * to its end and 1 when the backfill failed. It resumes where a stopped one left off; see docs/operations.md.
 */
@Component
@ConditionalOnProperty(prefix = "skillify.analytics", name = "backfill", havingValue = "true")
class AnalyticsBackfillCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsBackfillCommand.class);
    private static final long BATCHES_PER_REPORT = 20;

    private final BackfillAnalyticsUseCase backfill;
    private final ConfigurableApplicationContext context;
    private final int batchSize;

    AnalyticsBackfillCommand(BackfillAnalyticsUseCase backfill, ConfigurableApplicationContext context,
                             @Value("${skillify.analytics.backfill-batch-size:5000}") int batchSize) {
        this.backfill = backfill;
        this.context = context;
        this.batchSize = batchSize;
    }

    @Override
    public void run(ApplicationArguments args) {
        int status = 0;
        long started = System.nanoTime();
        long read = 0;
        long counted = 0;
        try {
            while (true) {
                Progress progress = backfill.backfill(batchSize, BATCHES_PER_REPORT);
                read += progress.runsRead();
                counted += progress.runsCounted();
                log.info("Analytics backfill: {} runs read, {} counted ({} s)", read, counted,
                        (System.nanoTime() - started) / 1_000_000_000);
                if (progress.done()) {
                    break;
                }
            }
            log.info("Analytics backfill done: {} runs read, {} counted in {} ms", read, counted,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException failure) {
            log.error("Analytics backfill stopped after {} runs; run it again to resume: {}", read,
                    failure.getMessage());
            status = 1;
        }
        int exit = status;
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}
