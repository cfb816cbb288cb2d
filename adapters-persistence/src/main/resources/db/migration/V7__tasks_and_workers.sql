-- Tasks for external workers (Buildd protocol) and the workers that claimed them. A task is handed out by
-- one claim at a time (FOR UPDATE SKIP LOCKED on pending rows); an account's claims serialize on its account row,
-- so its count of active workers never passes max_concurrent_workers.
create table tasks (
    workspace_id          uuid        not null references workspaces (id) on delete cascade,
    id                    uuid        not null,
    title                 text        not null,
    description           text,
    priority              integer     not null default 0,
    required_capabilities text[]      not null default '{}',
    context               jsonb       not null default '{}',
    status                text        not null check (status in
                              ('pending', 'assigned', 'in_progress', 'completed', 'failed', 'cancelled')),
    attempts              integer     not null default 0,
    worker_id             uuid,
    run_id                uuid,
    node_id               text,
    output                jsonb,
    error                 text,
    created_by            uuid,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    primary key (workspace_id, id),
    unique (id),
    -- a worker.task step creates its task once, however often the engine executes it
    unique (run_id, node_id)
);

create index tasks_claimable_idx on tasks (priority desc, created_at, id) where status = 'pending';
create index tasks_by_workspace_idx on tasks (workspace_id, id desc);

create table workers (
    workspace_id   uuid        not null,
    id             uuid        not null,
    account_id     uuid        not null references accounts (id) on delete cascade,
    task_id        uuid        not null,
    name           text        not null,
    branch         text        not null,
    runner         text,
    status         text        not null check (status in
                       ('idle', 'starting', 'running', 'waiting_input', 'paused', 'completed', 'failed')),
    progress       integer     not null default 0 check (progress between 0 and 100),
    error          text,
    cost_usd       numeric,
    turns          integer,
    local_ui_url   text,
    current_action text,
    milestones     jsonb       not null default '[]',
    output         jsonb,
    started_at     timestamptz,
    completed_at   timestamptz,
    lease_until    timestamptz not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    primary key (workspace_id, id),
    unique (id),
    foreign key (workspace_id, task_id) references tasks (workspace_id, id) on delete cascade
);

create index workers_active_by_account_idx on workers (account_id)
    where status in ('idle', 'starting', 'running', 'waiting_input', 'paused');
create index workers_lease_idx on workers (lease_until)
    where status in ('idle', 'starting', 'running', 'waiting_input', 'paused');
create index workers_by_workspace_idx on workers (workspace_id, id desc);

-- Commands queued for a worker, each handed over once (deleted as it is delivered).
create table worker_instructions (
    worker_id uuid        not null references workers (id) on delete cascade,
    seq       bigserial,
    action    text        not null check (action in ('pause', 'resume', 'abort', 'message')),
    text      text,
    at        timestamptz not null,
    primary key (worker_id, seq)
);
