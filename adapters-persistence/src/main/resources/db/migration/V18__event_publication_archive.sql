-- Completed event publications move here (spring.modulith.events.completion-mode=archive), so the outbox table holds
-- only what is still to be delivered; OutboxUpkeep purges entries older than SKILLIFY_OUTBOX_RETENTION.
create table event_publication_archive (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);

create index event_publication_archive_serialized_event_hash_idx on event_publication_archive
    using hash (serialized_event);
create index event_publication_archive_by_completion_date_idx on event_publication_archive (completion_date);
