-- Tenancy root: every tenant table carries workspace_id in its keys and foreign keys.
create table workspaces (
    id         uuid        primary key,
    name       text        not null check (length(name) between 1 and 100),
    created_by uuid        not null references accounts (id),
    created_at timestamptz not null
);

create table workspace_members (
    workspace_id uuid        not null references workspaces (id) on delete cascade,
    account_id   uuid        not null references accounts (id),
    role         text        not null check (role in ('owner', 'admin', 'member')),
    joined_at    timestamptz not null,
    primary key (workspace_id, account_id)
);

create index workspace_members_account_idx on workspace_members (account_id, workspace_id);
