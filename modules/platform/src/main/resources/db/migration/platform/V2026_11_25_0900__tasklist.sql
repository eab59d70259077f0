-- The tasklist's own read path: one row per open user task, and one per group it is offered to.
-- Kept in step with the engine by a task listener inside the engine's own transaction, so a
-- tasklist page is one indexed query instead of the engine's generic candidate-group query.

create table tasklist_task (
    task_id             varchar(64)  not null primary key,
    task_key            varchar(255) not null,
    task_name           varchar(255),
    process_key         varchar(255) not null,
    process_instance_id varchar(64)  not null,
    business_key        varchar(255),
    form_key            varchar(255),
    assignee            varchar(255),
    created_at          timestamp with time zone not null,
    due_at              timestamp with time zone
);

-- "My tasks": a person's claimed tasks, earliest due first.
create index tasklist_task_by_assignee on tasklist_task (assignee, due_at, created_at, task_id);
create index tasklist_task_by_business_key on tasklist_task (business_key);

-- One row per candidate group, carrying what the groups' list filters and sorts on, so that
-- "my groups' tasks" reads one index range per group in order and stops after a page.
create table tasklist_offer (
    group_id   varchar(255) not null,
    task_id    varchar(64)  not null,
    claimed    boolean      not null,
    due_at     timestamp with time zone,
    created_at timestamp with time zone not null,
    constraint tasklist_offer_pk primary key (group_id, task_id),
    constraint tasklist_offer_task_fk foreign key (task_id) references tasklist_task (task_id) on delete cascade
);

create index tasklist_offer_by_group on tasklist_offer (group_id, claimed, due_at, created_at, task_id);
create index tasklist_offer_by_task on tasklist_offer (task_id);
