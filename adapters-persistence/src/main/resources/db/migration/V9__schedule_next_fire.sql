-- The schedule of each live, enabled automation whose current flow starts with a trigger.schedule node, with its
-- next fire time computed once (on save, enable) instead of every second: the ticker reads only the due rows.
-- not_before: no tick earlier than this fires (the flow's save, or the moment the automation was enabled).
create table schedules (
    workspace_id  uuid        not null,
    automation_id uuid        not null,
    version       integer     not null,
    cron          text        not null,
    timezone      text        not null,
    input         jsonb       not null,
    not_before    timestamptz not null,
    next_fire_at  timestamptz not null,
    primary key (workspace_id, automation_id),
    foreign key (workspace_id, automation_id) references automations (workspace_id, id) on delete cascade
);

create index schedules_next_fire_idx on schedules (next_fire_at);

-- Back-fill: existing schedules are due at once; the first tick computes their real next fire time (and a cron
-- that cannot be computed is logged and postponed there, as at run time).
insert into schedules (workspace_id, automation_id, version, cron, timezone, input, not_before, next_fire_at)
select a.workspace_id, a.id, a.current_version, node -> 'data' ->> 'cron',
       coalesce(node -> 'data' ->> 'timezone', 'UTC'), coalesce(node -> 'data' -> 'input', '{}'::jsonb),
       v.created_at, now()
from automations a
join automation_versions v
  on v.workspace_id = a.workspace_id and v.automation_id = a.id and v.version = a.current_version
cross join lateral jsonb_array_elements(v.flow -> 'nodes') as node
where a.deleted_at is null and a.enabled and node ->> 'type' = 'trigger.schedule'
  and node -> 'data' ->> 'cron' is not null
on conflict do nothing;
