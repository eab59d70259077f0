-- The managers' overview: one row per engagement, running or ended, with what the overview filters and
-- sorts on. Kept in step inside the engine's transaction by observing the engagement's events (its headline
-- from intake, its moves on the map, suspension, incidents), so its first page is one indexed query
-- at any number of engagements, never a query of the engine per row.

create table engagement_overview (
    engagement_id     varchar(64)  not null,
    reference         varchar(20)  not null,
    -- The reference in lower case: found by its start in any case.
    reference_key     varchar(20)  not null,
    place_name        varchar(200) not null,
    -- The place's name in lower case: found by any part of it.
    place_key         varchar(200) not null,
    stage             varchar(20)  not null,
    -- The stage's place in the order of stages (Stage.ordinal), so "by stage" sorts as the map runs.
    stage_rank        integer      not null,
    status            varchar(30)  not null,
    lead_id           varchar(100),
    sponsors_missing  boolean      not null,
    opened_at         timestamp with time zone not null,
    ended_at          timestamp with time zone,
    suspended         boolean      not null,
    open_incidents    integer      not null,
    constraint engagement_overview_pk primary key (engagement_id)
);

-- One index per order of the list, and per filter with its default order (newest first).
create index engagement_overview_opened_ix on engagement_overview (opened_at, engagement_id);
create index engagement_overview_place_ix on engagement_overview (place_key, engagement_id);
create index engagement_overview_reference_ix on engagement_overview (reference_key);
create index engagement_overview_stage_ix on engagement_overview (stage_rank, opened_at);
create index engagement_overview_status_ix on engagement_overview (status, opened_at);
create index engagement_overview_lead_ix on engagement_overview (lead_id, opened_at);
create index engagement_overview_suspended_ix on engagement_overview (suspended, opened_at);
create index engagement_overview_incidents_ix on engagement_overview (open_incidents, opened_at);
create index engagement_overview_sponsors_ix on engagement_overview (sponsors_missing, opened_at);

-- Overdue work is found from the tasklist by its due date (the overview's "Overdue" flag and the workload).
create index tasklist_task_by_due on tasklist_task (due_at, business_key);
