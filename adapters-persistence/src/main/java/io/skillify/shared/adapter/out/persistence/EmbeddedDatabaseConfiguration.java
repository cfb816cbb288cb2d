package io.skillify.shared.adapter.out.persistence;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code spring.datasource.url}, Skillify runs its own PostgreSQL whose files live in
 * {@code skillify.data-dir} (default {@code ./data}) and survive restarts. With a URL, Spring Boot's usual
 * data source is used instead and this configuration stays out of the way. The database of a killed server is
 * stopped before the next start ({@link OrphanedPostmaster}) and, where a POSIX shell exists, as soon as the server
 * dies ({@link PostmasterWatchdog}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    private static final Duration ORPHAN_SHUTDOWN_WAIT = Duration.ofSeconds(60);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${skillify.data-dir:./data}") String dataDir) throws IOException {
        Path directory = postgresDirectory(dataDir);
        Files.createDirectories(directory);
        new OrphanedPostmaster(directory, ORPHAN_SHUTDOWN_WAIT).stopIfRunning();
        log.info("Starting embedded PostgreSQL with its data in {}", directory);
        return EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                // the library's defaults are for throw-away test databases (-F: fsync off, synchronous_commit
                // off); these are the product's data: an acknowledged commit is on disk (ADR 0012)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // stopped by this bean's close, after the pool and everything using it, not by a JVM hook racing them
                .setRegisterShutdownHook(false)
                .start();
    }

    /** Stops the embedded PostgreSQL should this JVM die without closing it (SIGKILL). Closed before it. */
    @Bean(destroyMethod = "close")
    PostmasterWatchdog postmasterWatchdog(EmbeddedPostgres postgres,
                                          @Value("${skillify.data-dir:./data}") String dataDir) {
        return PostmasterWatchdog.watch(postgresDirectory(dataDir));
    }

    private static Path postgresDirectory(String dataDir) {
        return Path.of(dataDir).toAbsolutePath().normalize().resolve("postgres");
    }

    /** Pool settings come from {@code spring.datasource.hikari.*}, as they would for an external database. */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("skillify-embedded");
        return dataSource;
    }
}
