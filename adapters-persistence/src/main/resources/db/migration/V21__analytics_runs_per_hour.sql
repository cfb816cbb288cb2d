-- Runs per UTC hour (issue 14): a trend or heatmap over 90 days in a zone whose offsets are whole hours reads 2,160
-- hours instead of 8,640 quarters (and merges as many sketches), and totals over a range read its edges' whole hours
-- instead of up to 95 quarters a side. Zones with +5:30 or +5:45 offsets keep reading quarters. Written in the same
-- transaction as the quarters and days, by the analytics context only (ADR 0017, amended).
create table analytics_runs_1h (
    workspace_id    uuid        not null,
    automation_id   uuid        not null,
    bucket_start    timestamptz not null,
    total           integer     not null default 0,
    succeeded       integer     not null default 0,
    failed          integer     not null default 0,
    cancelled       integer     not null default 0,
    duration_count  integer     not null default 0,
    duration_sum_ms bigint      not null default 0,
    duration_sketch bytea,
    primary key (workspace_id, automation_id, bucket_start)
);

-- The counters of the existing quarters; their sketches are merged by the Java migration V21_1 (SQL cannot merge
-- DDSketches).
insert into analytics_runs_1h (workspace_id, automation_id, bucket_start, total, succeeded, failed, cancelled,
                               duration_count, duration_sum_ms)
select workspace_id, automation_id, date_trunc('hour', bucket_start at time zone 'UTC') at time zone 'UTC',
       sum(total), sum(succeeded), sum(failed), sum(cancelled), sum(duration_count), sum(duration_sum_ms)
from analytics_runs_15m
group by workspace_id, automation_id, date_trunc('hour', bucket_start at time zone 'UTC');
