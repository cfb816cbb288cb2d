-- Analytics aggregates (issue 14). Written only by the analytics context, from the run, worker and automation events
-- it listens to; it reads no other context's table. Times are UTC; buckets are 15 minutes long, so that any time
-- zone (30- and 45-minute offsets included) can be bucketed exactly by adding whole buckets.

-- Runs per workspace, automation and 15 minutes of their creation time. automation_id
-- '00000000-0000-0000-0000-000000000000' holds the workspace's total, so whole-workspace answers read few rows.
create table analytics_runs_15m (
    workspace_id    uuid        not null,
    automation_id   uuid        not null,
    bucket_start    timestamptz not null,
    total           integer     not null default 0,
    succeeded       integer     not null default 0,
    failed          integer     not null default 0,
    cancelled       integer     not null default 0,
    duration_count  integer     not null default 0,
    duration_sum_ms bigint      not null default 0,
    duration_sketch bytea,
    primary key (workspace_id, automation_id, bucket_start)
);

-- Step outcomes per workspace, automation, node and 15 minutes of their run's creation time.
create table analytics_steps_15m (
    workspace_id    uuid        not null,
    automation_id   uuid        not null,
    node_id         text        not null,
    bucket_start    timestamptz not null,
    node_type       text        not null,
    total           integer     not null default 0,
    failed          integer     not null default 0,
    duration_count  integer     not null default 0,
    duration_sum_ms bigint      not null default 0,
    duration_sketch bytea,
    primary key (workspace_id, automation_id, node_id, bucket_start)
);

-- One row per ended worker: cost and turns, for worker cost outliers.
create table analytics_workers (
    workspace_id uuid        not null,
    worker_id    uuid        not null,
    task_id      uuid        not null,
    account_id   uuid,
    status       text        not null,
    cost_usd     numeric,
    turns        integer,
    started_at   timestamptz,
    ended_at     timestamptz not null,
    primary key (workspace_id, worker_id)
);
create index analytics_workers_by_end on analytics_workers (workspace_id, ended_at);

-- The workspace's automations as analytics knows them (names for answers, "not run in the period").
create table analytics_automations (
    workspace_id  uuid        not null,
    automation_id uuid        not null,
    name          text        not null,
    created_at    timestamptz not null,
    deleted_at    timestamptz,
    primary key (workspace_id, automation_id)
);

-- Runs already counted: a redelivered RunFinished (or a backfill over counted runs) never counts twice.
create table analytics_counted_runs (
    workspace_id uuid not null,
    run_id       uuid not null,
    primary key (workspace_id, run_id)
);

-- Where a backfill stands, so that it resumes after an interruption.
create table analytics_backfill (
    name       text        primary key,
    after_run  uuid,
    updated_at timestamptz not null
);
