-- Read models that a context publishes for the adapters of other contexts (issue 12). A context's tables are its
-- own: another context's adapter never writes them and reads them only through these views, so their owners may
-- change the tables behind them.

-- Published by identity: who an account is, whether it is revoked, and its limit of concurrent workers. Used by
-- workspace (member names, owned accounts) and by worker (claims: worker names, the limit; a claim locks the
-- account's row through this view with FOR NO KEY UPDATE, which a simple view passes on to the row of accounts).
create view account_directory as
    select id, name, type, owner_id, max_concurrent_workers, revoked_at
    from accounts;

-- Published by workspace: the memberships that count (an account only invited is not a member until it accepts).
-- Used by worker (which tasks a claim may take, which tasks an account may list).
create view workspace_active_members as
    select workspace_id, account_id, role
    from workspace_members
    where status = 'active';
