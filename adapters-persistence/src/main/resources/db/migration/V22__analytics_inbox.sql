-- Finished runs waiting to be counted (issue 14, ADR 0017 amended): one row per run, written by analytics in the
-- transaction that finishes the run (no serialised event, no outbox completion or archive per run), taken and
-- deleted by the transaction that counts it, so a run is counted once whatever crashes in between.
create table analytics_inbox (
    run_id       uuid not null primary key,
    workspace_id uuid not null
);
