-- Runs of automations: one row per run, one per step, and the run log. A run is advanced by one engine instance at
-- a time: the one holding its lease (lease_owner until lease_until); due_at says when it next needs attention.
create table runs (
    workspace_id  uuid        not null references workspaces (id) on delete cascade,
    id            uuid        not null,
    automation_id uuid        not null,
    version       integer     not null,
    status        text        not null check (status in ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
    trigger       text        not null,
    input         jsonb       not null,
    retry_of      uuid,
    error         text,
    created_by    uuid,
    created_at    timestamptz not null,
    started_at    timestamptz,
    finished_at   timestamptz,
    due_at        timestamptz not null,
    lease_owner   text,
    lease_until   timestamptz,
    log_seq       bigint      not null default 0,
    primary key (workspace_id, id),
    unique (id),
    foreign key (workspace_id, automation_id) references automations (workspace_id, id) on delete cascade
);

create index runs_due_idx on runs (due_at) where status in ('queued', 'running');
create index runs_by_automation_idx on runs (workspace_id, automation_id, id desc);

create table run_steps (
    workspace_id uuid        not null,
    run_id       uuid        not null,
    node_id      text        not null,
    type         text        not null,
    status       text        not null check (status in ('pending', 'running', 'waiting', 'succeeded', 'failed',
                                                         'skipped', 'cancelled')),
    attempt      integer     not null default 0,
    output       jsonb,
    handle       text,
    error        text,
    started_at   timestamptz,
    finished_at  timestamptz,
    due_at       timestamptz,
    primary key (workspace_id, run_id, node_id),
    foreign key (workspace_id, run_id) references runs (workspace_id, id) on delete cascade
);

-- The run's event history: log lines (kind 'log'), step status changes ('step') and the end ('end'), numbered by
-- one per-run sequence, which is what live streams resume from (Last-Event-ID).
create table run_logs (
    workspace_id uuid        not null,
    run_id       uuid        not null,
    seq          bigint      not null,
    kind         text        not null default 'log' check (kind in ('log', 'step', 'end')),
    at           timestamptz not null,
    level        text        not null check (level in ('debug', 'info', 'warn', 'error')),
    node_id      text,
    message      text        not null,
    primary key (workspace_id, run_id, seq),
    foreign key (workspace_id, run_id) references runs (workspace_id, id) on delete cascade
);
