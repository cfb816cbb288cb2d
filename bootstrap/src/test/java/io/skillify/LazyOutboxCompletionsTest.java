package io.skillify;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.IntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * Completions commit without waiting for the disk; everything else the outbox does keeps the server's durability, and
 * completing still completes (the event leaves the outbox for the archive).
 */
class LazyOutboxCompletionsTest extends IntegrationTest {

    @Autowired
    EventPublicationRepository outbox;

    @Autowired
    LazyOutboxCompletions lazyCompletions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void onlyCompletionsRunWithoutWaitingForTheDisk() {
        List<String> seen = new ArrayList<>();
        EventPublicationRepository recording = (EventPublicationRepository) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {EventPublicationRepository.class},
                (proxy, method, arguments) -> {
                    seen.add(method.getName() + ":" + jdbc.queryForObject("select setting || ' from ' || source "
                            + "from pg_settings where name = 'synchronous_commit'", String.class));
                    return method.getReturnType() == boolean.class ? false : null;
                });
        var wrapped = (EventPublicationRepository) lazyCompletions.postProcessAfterInitialization(recording, "outbox");

        wrapped.markCompleted(UUID.randomUUID(), Instant.now());
        wrapped.markCompleted("event", PublicationTargetIdentifier.of("listener"), Instant.now());
        wrapped.deleteCompletedPublications();

        assertThat(seen).containsExactly("markCompleted:off from session", "markCompleted:off from session",
                "deleteCompletedPublications:" + serverDefault());
    }

    private String serverDefault() {
        return jdbc.queryForObject("select setting || ' from ' || source from pg_settings "
                + "where name = 'synchronous_commit'", String.class);
    }

    @Test
    void theServersOutboxCompletesAndArchives() {
        TargetEventPublication publication = TargetEventPublication.of("completion test " + UUID.randomUUID(),
                PublicationTargetIdentifier.of("test.listener"));
        outbox.create(publication);

        outbox.markCompleted(publication.getIdentifier(), Instant.now());

        assertThat(jdbc.queryForObject("select count(*) from event_publication where id = ?", Integer.class,
                publication.getIdentifier())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from event_publication_archive where id = ?", Integer.class,
                publication.getIdentifier())).isOne();
    }
}
