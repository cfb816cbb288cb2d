package io.skillify;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillify.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Delivered events stay in the archive for the retention (7 days by default), then the purge removes them. */
class OutboxUpkeepTest extends IntegrationTest {

    @Autowired
    OutboxUpkeep upkeep;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thePurgeRemovesArchivedPublicationsPastTheRetentionAndKeepsTheRest() {
        UUID old = archived("8 days");
        UUID recent = archived("6 days");

        upkeep.purgeArchive();

        assertThat(jdbc.queryForList("select id from event_publication_archive where id in (?, ?)", UUID.class,
                old, recent)).containsExactly(recent);
    }

    private UUID archived(String ago) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into event_publication_archive (id, listener_id, event_type, serialized_event, publication_date,
                                                       completion_date, status, completion_attempts)
                values (?, 'test.listener', 'test.Event', '{}', now() - interval '%s', now() - interval '%s',
                        'COMPLETED', 1)""".formatted(ago, ago), id);
        return id;
    }
}
