-- What today's Buildd runners report beside status and progress (contract v1.1 §5), stored as sent and returned.
alter table workers
    add column summary         text,
    add column input_tokens    bigint  check (input_tokens >= 0),
    add column output_tokens   bigint  check (output_tokens >= 0),
    add column last_commit_sha text,
    add column commit_count    integer check (commit_count >= 0),
    add column files_changed   integer check (files_changed >= 0),
    add column lines_added     integer check (lines_added >= 0),
    add column lines_removed   integer check (lines_removed >= 0),
    add column waiting_for     jsonb;
