package io.skillify.shared.adapter.out.persistence;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * data source is used instead and this configuration stays out of the way.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${skillify.data-dir:./data}") String dataDir) throws IOException {
        Path directory = Path.of(dataDir).toAbsolutePath().normalize().resolve("postgres");
        Files.createDirectories(directory);
        log.info("Starting embedded PostgreSQL with its data in {}", directory);
        return EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                // stopped by this bean's close, after the pool and everything using it, not by a JVM hook racing them
                .setRegisterShutdownHook(false)
                .start();
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
