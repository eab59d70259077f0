-- Diagnostic, "start with what is": the interview plan, interviews and observations, the team survey,
-- findings and playbacks of each engagement. Runs on H2 2.3 and PostgreSQL 15 alike: plain types only,
-- no reserved words as names, and every lookup by engagement has an index (PostgreSQL does not index
-- foreign keys by itself). The engagement itself is intake's: its id is kept here, never a foreign key
-- into another module's tables.

-- One row per engagement whose diagnostic has begun: the plan's facts, and the lock every change takes.
create table diagnostic_engagement (
    engagement_id   varchar(36)  not null,
    survey_run      boolean,
    planned_by      varchar(100),
    planned_at      timestamp with time zone,
    -- Optimistic locking: a second concurrent change to the plan or the playbacks is refused, not lost.
    version         integer      not null,
    constraint diagnostic_engagement_pk primary key (engagement_id)
);

-- The plan's participants, in the order chosen; the group is fixed when they are planned.
create table diagnostic_participant (
    engagement_id      varchar(36)  not null,
    list_index         integer      not null,
    leader_name        varchar(200) not null,
    -- The name in lower case with single spaces, as intake compares leaders' names.
    name_key           varchar(200) not null,
    participant_group  varchar(20)  not null,
    job_title          varchar(200) not null,
    organisation       varchar(200) not null,
    constraint diagnostic_participant_pk primary key (engagement_id, list_index),
    constraint diagnostic_participant_engagement_fk foreign key (engagement_id) references diagnostic_engagement (engagement_id),
    constraint diagnostic_participant_name_uq unique (engagement_id, name_key),
    constraint diagnostic_participant_group_ck check (participant_group in ('POLITICAL', 'MANAGERIAL', 'PARTNER'))
);

create table diagnostic_interview (
    id             varchar(36)   not null,
    engagement_id  varchar(36)   not null,
    kind           varchar(20)   not null,
    held_on        date          not null,
    -- An observation's last day, when it ran over several.
    held_until     date,
    interviewer    varchar(100)  not null,
    notes          varchar(4000) not null,
    recorded_by    varchar(100)  not null,
    recorded_at    timestamp with time zone not null,
    constraint diagnostic_interview_pk primary key (id),
    constraint diagnostic_interview_engagement_fk foreign key (engagement_id) references diagnostic_engagement (engagement_id),
    constraint diagnostic_interview_kind_ck check (kind in ('INTERVIEW', 'OBSERVATION')),
    constraint diagnostic_interview_dates_ck check (held_until is null or held_until >= held_on)
);

-- "The interviews of an engagement", by date.
create index diagnostic_interview_engagement_ix on diagnostic_interview (engagement_id, held_on);

create table diagnostic_interview_participant (
    interview_id      varchar(36)  not null,
    list_index        integer      not null,
    participant_name  varchar(200) not null,
    constraint diagnostic_interview_participant_pk primary key (interview_id, list_index),
    constraint diagnostic_interview_participant_interview_fk foreign key (interview_id) references diagnostic_interview (id)
);

create table diagnostic_survey_response (
    id                       varchar(36)   not null,
    engagement_id            varchar(36)   not null,
    top_teams_work_together  integer       not null,
    talk_about_politics      integer       not null,
    lead_the_place           integer       not null,
    partners_work_together   integer       not null,
    shared_story             integer       not null,
    response_comment         varchar(4000),
    recorded_by              varchar(100)  not null,
    recorded_at              timestamp with time zone not null,
    constraint diagnostic_survey_response_pk primary key (id),
    constraint diagnostic_survey_response_engagement_fk foreign key (engagement_id) references diagnostic_engagement (engagement_id),
    constraint diagnostic_survey_response_ratings_ck check (
        top_teams_work_together between 1 and 5 and talk_about_politics between 1 and 5 and lead_the_place between 1 and 5
        and partners_work_together between 1 and 5 and shared_story between 1 and 5)
);

create index diagnostic_survey_response_engagement_ix on diagnostic_survey_response (engagement_id);

create table diagnostic_finding (
    id             varchar(36)   not null,
    engagement_id  varchar(36)   not null,
    -- 1, 2, 3... within the engagement, in the order recorded (several may be saved in one request).
    finding_number integer       not null,
    finding_text   varchar(4000) not null,
    tag            varchar(20)   not null,
    theme          varchar(100),
    recorded_by    varchar(100)  not null,
    recorded_at    timestamp with time zone not null,
    -- A finding revised away is withdrawn, never deleted: who withdrew it and when.
    withdrawn_by   varchar(100),
    withdrawn_at   timestamp with time zone,
    constraint diagnostic_finding_pk primary key (id),
    constraint diagnostic_finding_engagement_fk foreign key (engagement_id) references diagnostic_engagement (engagement_id),
    -- Also the index for "the findings of an engagement" in order (findingsOf, the summary's themes).
    constraint diagnostic_finding_number_uq unique (engagement_id, finding_number),
    constraint diagnostic_finding_tag_ck check (tag in ('WHAT_WORKS', 'DISSONANCE', 'CONTESTED_SPACE', 'RELATIONSHIPS', 'POLITICS'))
);

-- Every playback is kept, in order: the history of what the participants validated or sent back.
create table diagnostic_playback (
    engagement_id   varchar(36)   not null,
    list_index      integer       not null,
    played_back_on  date          not null,
    validated       boolean       not null,
    revisions       varchar(4000),
    recorded_by     varchar(100)  not null,
    recorded_at     timestamp with time zone not null,
    constraint diagnostic_playback_pk primary key (engagement_id, list_index),
    constraint diagnostic_playback_engagement_fk foreign key (engagement_id) references diagnostic_engagement (engagement_id),
    -- Findings sent back always say what to revise.
    constraint diagnostic_playback_revisions_ck check (validated or revisions is not null)
);
