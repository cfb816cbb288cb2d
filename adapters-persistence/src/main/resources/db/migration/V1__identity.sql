-- Accounts are the principals (people and workers); they are global, not tenant data.
create table accounts (
    id                     uuid        primary key,
    name                   text        not null check (length(name) between 1 and 100),
    type                   text        not null check (type in ('user', 'service')),
    level                  text        not null check (level in ('admin', 'worker')),
    max_concurrent_workers integer     not null default 3 check (max_concurrent_workers between 0 and 1000),
    owner_id               uuid        references accounts (id),
    external_subject       text        unique,
    created_at             timestamptz not null,
    revoked_at             timestamptz
);

create index accounts_owner_idx on accounts (owner_id, id) where revoked_at is null;

-- Only SHA-256 digests of API keys are stored, with a short prefix to recognise a key by.
create table api_keys (
    id             uuid        primary key,
    account_id     uuid        not null references accounts (id) on delete cascade,
    digest         bytea       not null unique check (length(digest) = 32),
    display_prefix text        not null,
    created_at     timestamptz not null,
    revoked_at     timestamptz
);

create index api_keys_account_idx on api_keys (account_id) where revoked_at is null;
