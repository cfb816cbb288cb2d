-- A wake-up (a worker's task ended) that arrives while the engine still holds the step it is for (executing or
-- resuming it, its waiting state not yet stored) is remembered here, on the step and on its run, until the engine
-- next saves them: a waiting step saved after such a wake-up is due at once, and so is its run. Both rows are only
-- ever changed by UPDATEs of the same rows, so PostgreSQL orders a wake-up and a save: whichever commits first, the
-- step ends up due.
alter table runs add column woken_at timestamptz;
alter table run_steps add column woken_at timestamptz;
