-- Analytics roll-ups (issue 14): an answer over 90 days must not read 8,640 quarters per automation nor merge a
-- sketch per quarter and node. Runs are also kept per UTC day (counts only: trends and the heatmap read quarters, any
-- zone's hours need them); steps are kept per UTC day and per UTC week (from Monday) instead of per quarter.
-- Written in the same transaction as the quarters, by the analytics context only (ADR 0017, amended).

-- Runs per workspace, automation (the nil UUID: the workspace's total) and UTC day of their creation.
create table analytics_runs_1d (
    workspace_id  uuid    not null,
    automation_id uuid    not null,
    day           date    not null,
    total         integer not null default 0,
    succeeded     integer not null default 0,
    failed        integer not null default 0,
    cancelled     integer not null default 0,
    primary key (workspace_id, automation_id, day)
);

insert into analytics_runs_1d (workspace_id, automation_id, day, total, succeeded, failed, cancelled)
select workspace_id, automation_id, (bucket_start at time zone 'UTC')::date,
       sum(total), sum(succeeded), sum(failed), sum(cancelled)
from analytics_runs_15m
group by workspace_id, automation_id, (bucket_start at time zone 'UTC')::date;

-- Step outcomes per workspace, automation, node and UTC day of their run's creation.
create table analytics_steps_1d (
    workspace_id    uuid    not null,
    automation_id   uuid    not null,
    node_id         text    not null,
    day             date    not null,
    node_type       text    not null,
    total           integer not null default 0,
    failed          integer not null default 0,
    duration_count  integer not null default 0,
    duration_sum_ms bigint  not null default 0,
    duration_sketch bytea,
    primary key (workspace_id, automation_id, node_id, day)
);

-- The same per UTC week; week is the Monday the week starts on.
create table analytics_steps_7d (
    workspace_id    uuid    not null,
    automation_id   uuid    not null,
    node_id         text    not null,
    week            date    not null,
    node_type       text    not null,
    total           integer not null default 0,
    failed          integer not null default 0,
    duration_count  integer not null default 0,
    duration_sum_ms bigint  not null default 0,
    duration_sketch bytea,
    primary key (workspace_id, automation_id, node_id, week)
);

-- The counters of the existing quarters; their sketches are merged by the Java migration V20_1 (SQL cannot merge
-- DDSketches), then V20_2 drops analytics_steps_15m. A node keeps the type of its latest quarter.
insert into analytics_steps_1d (workspace_id, automation_id, node_id, day, node_type, total, failed, duration_count,
                                duration_sum_ms)
select workspace_id, automation_id, node_id, (bucket_start at time zone 'UTC')::date,
       (array_agg(node_type order by bucket_start desc))[1],
       sum(total), sum(failed), sum(duration_count), sum(duration_sum_ms)
from analytics_steps_15m
group by workspace_id, automation_id, node_id, (bucket_start at time zone 'UTC')::date;

insert into analytics_steps_7d (workspace_id, automation_id, node_id, week, node_type, total, failed, duration_count,
                                duration_sum_ms)
select workspace_id, automation_id, node_id, date_trunc('week', bucket_start at time zone 'UTC')::date,
       (array_agg(node_type order by bucket_start desc))[1],
       sum(total), sum(failed), sum(duration_count), sum(duration_sum_ms)
from analytics_steps_15m
group by workspace_id, automation_id, node_id, date_trunc('week', bucket_start at time zone 'UTC')::date;
