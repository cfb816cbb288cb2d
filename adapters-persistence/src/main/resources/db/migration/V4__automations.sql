-- Automations of a workspace and their immutable flow versions (React Flow documents as jsonb).
create table automations (
    workspace_id    uuid        not null references workspaces (id) on delete cascade,
    id              uuid        not null,
    name            text        not null check (length(name) between 1 and 200),
    description     text        not null default '',
    enabled         boolean     not null default true,
    current_version integer     not null default 0 check (current_version >= 0),
    webhook_token   text        not null,
    created_by      uuid        not null references accounts (id),
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    deleted_at      timestamptz,
    primary key (workspace_id, id),
    unique (id)
);

create index automations_live_idx on automations (workspace_id, id desc) where deleted_at is null;

create table automation_versions (
    workspace_id  uuid        not null,
    automation_id uuid        not null,
    version       integer     not null check (version >= 1),
    flow          jsonb       not null,
    created_by    uuid        not null references accounts (id),
    created_at    timestamptz not null,
    primary key (workspace_id, automation_id, version),
    foreign key (workspace_id, automation_id) references automations (workspace_id, id) on delete cascade
);
