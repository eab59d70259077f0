-- What managers (and a lead, for a withdrawal) did to an engagement's work: reassign a task, suspend,
-- resume, withdraw, retry a failed step. Written in the same transaction as the engine's change, so a
-- row here always means the change happened. Rows are only ever added (a later issue reads them as
-- the audit log and the engagement's timeline).
create table engagement_action (
    action_id     varchar(64)   not null primary key,
    engagement_id varchar(64),  -- null only for a retried step of a process that carries no engagement
    action        varchar(32)   not null,
    task_id       varchar(64),
    incident_id   varchar(64),
    before_value  varchar(255),
    after_value   varchar(255),
    reason        varchar(2000) not null,
    acted_by      varchar(255)  not null,
    acted_at      timestamp with time zone not null
);

create index engagement_action_by_engagement on engagement_action (engagement_id, acted_at);

-- A suspended engagement's tasks carry the manager's reason, so a tasklist row and a task form say
-- "Suspended" without asking the engine; null while the engagement runs.
alter table tasklist_task add column suspended_reason varchar(2000);
