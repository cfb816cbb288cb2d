-- The schedules table becomes the timer of any trigger type that fires on a timer (TriggerFiring.TIMER), not only
-- trigger.schedule: each row keeps the trigger node's type and data, from which that type computes its fire times.
alter table schedules
    add column trigger_type text,
    add column trigger_data jsonb;

update schedules
set trigger_type = 'trigger.schedule',
    trigger_data = jsonb_build_object('cron', cron, 'timezone', timezone, 'input', input);

alter table schedules
    alter column trigger_type set not null,
    alter column trigger_data set not null,
    drop column cron,
    drop column timezone;
