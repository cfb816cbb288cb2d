-- The change feed (ADR 0014): every statement that adds entries to run_logs announces, once per distinct run it
-- touched, "run-history:<run id>" on the channel skillify_changes. PostgreSQL delivers a NOTIFY at commit, to every
-- instance listening, and folds identical payloads of one transaction into one. Any writer is covered, the engine's
-- rendered statements (ADR 0010) stay as they are.
create function announce_run_history() returns trigger
    language plpgsql as
$$
declare
    changed uuid;
begin
    for changed in select distinct run_id from added_logs loop
        perform pg_notify('skillify_changes', 'run-history:' || changed);
    end loop;
    return null;
end;
$$;

create trigger run_logs_announce
    after insert on run_logs
    referencing new table as added_logs
    for each statement
execute function announce_run_history();
