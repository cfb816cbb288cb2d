-- One row per schedule tick that started a run: the primary key makes "exactly one run per tick" hold across
-- every instance (the one whose insert succeeds starts the run).
create table schedule_ticks (
    workspace_id  uuid        not null,
    automation_id uuid        not null,
    tick_at       timestamptz not null,
    run_id        uuid        not null,
    primary key (workspace_id, automation_id, tick_at),
    foreign key (workspace_id, automation_id) references automations (workspace_id, id) on delete cascade
);
