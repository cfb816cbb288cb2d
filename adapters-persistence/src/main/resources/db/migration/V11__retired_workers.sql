-- Workers whose workspace was deleted. Their rows go with the workspace (on delete cascade), but a worker still
-- running somewhere must learn to stop: its later reports get 409 {abort, reason} instead of 404. Not a tenant
-- table: the workspace it belonged to no longer exists.
create table retired_workers (
    id         uuid        primary key,
    account_id uuid        not null references accounts (id) on delete cascade,
    reason     text        not null,
    retired_at timestamptz not null
);
