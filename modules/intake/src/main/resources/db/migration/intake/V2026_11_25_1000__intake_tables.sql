-- Intake: places, organisations, leaders, and engagements from first contact to an agreed team.
-- Runs on H2 2.3 and PostgreSQL 15 alike: plain types only, no reserved words as names, and every
-- lookup the code makes has an index (PostgreSQL does not index foreign keys by itself).

-- Human references (ENG-2026-0042) take their number from here: unique across every node.
create sequence intake_engagement_number_seq start with 1 increment by 1;

create table intake_place (
    id          varchar(36)  not null,
    name        varchar(200) not null,
    -- The name in lower case with single spaces: "Northshire" and " northshire" are one place.
    name_key    varchar(200) not null,
    created_at  timestamp with time zone not null,
    constraint intake_place_pk primary key (id),
    constraint intake_place_name_key_uq unique (name_key)
);

create table intake_organisation (
    id          varchar(36)  not null,
    place_id    varchar(36)  not null,
    name        varchar(200) not null,
    name_key    varchar(200) not null,
    constraint intake_organisation_pk primary key (id),
    constraint intake_organisation_place_fk foreign key (place_id) references intake_place (id),
    -- Also the index for "the organisation of this name in this place" and for "organisations of a place".
    constraint intake_organisation_place_name_uq unique (place_id, name_key)
);

create table intake_leader (
    id               varchar(36)  not null,
    place_id         varchar(36)  not null,
    organisation_id  varchar(36)  not null,
    name             varchar(200) not null,
    name_key         varchar(200) not null,
    leader_role      varchar(20)  not null,
    job_title        varchar(200) not null,
    constraint intake_leader_pk primary key (id),
    constraint intake_leader_place_fk foreign key (place_id) references intake_place (id),
    constraint intake_leader_organisation_fk foreign key (organisation_id) references intake_organisation (id),
    constraint intake_leader_role_ck check (leader_role in ('POLITICAL', 'MANAGERIAL')),
    -- Also the index for "the leader of this name in this place".
    constraint intake_leader_place_name_uq unique (place_id, name_key)
);

create index intake_leader_organisation_ix on intake_leader (organisation_id);

create table intake_engagement (
    id                              varchar(36)   not null,
    reference                       varchar(20)   not null,
    place_id                        varchar(36)   not null,
    contact_leader_id               varchar(36)   not null,
    presenting_issue                varchar(4000) not null,
    how_heard                       varchar(500)  not null,
    opened_at                       timestamp with time zone not null,
    opened_by                       varchar(100)  not null,
    stage                           varchar(20)   not null,
    status                          varchar(30)   not null,

    -- Fit with the remit: staff's answers, the rule's recommendation, staff's decision.
    fit_top_team_involved           boolean,
    fit_place_based                 boolean,
    fit_capacity_available          boolean,
    fit_funding_available           boolean,
    fit_notes                       varchar(4000),
    fit_assessed_by                 varchar(100),
    fit_assessed_at                 timestamp with time zone,
    fit_recommendation              varchar(20),
    fit_recommendation_reason       varchar(500),
    fit_decision                    varchar(20),
    fit_override_reason             varchar(4000),
    fit_referred_to                 varchar(200),
    fit_decided_by                  varchar(100),
    fit_decided_at                  timestamp with time zone,

    -- Sponsors named at scoping; until both are named the engagement is flagged.
    political_sponsor_id            varchar(36),
    managerial_sponsor_id           varchar(36),

    -- The agreement, both sponsors' sign-off, and a manager's decision on it.
    agreement_ambition              varchar(4000),
    agreement_timeline              varchar(500),
    agreement_funding_source        varchar(200),
    agreement_enabler_days          integer,
    agreement_budget                numeric(12, 2),
    agreement_political_sign_off    date,
    agreement_managerial_sign_off   date,
    agreement_drafted_by            varchar(100),
    agreement_drafted_at            timestamp with time zone,
    agreement_approved              boolean,
    agreement_decided_by            varchar(100),
    agreement_decided_at            timestamp with time zone,
    agreement_return_reason         varchar(4000),

    -- The lead's user id; the enablers are in intake_engagement_enabler.
    team_lead                       varchar(100),

    -- Optimistic locking: a second concurrent change is refused, not lost.
    version                         integer       not null,

    constraint intake_engagement_pk primary key (id),
    constraint intake_engagement_reference_uq unique (reference),
    constraint intake_engagement_place_fk foreign key (place_id) references intake_place (id),
    constraint intake_engagement_contact_fk foreign key (contact_leader_id) references intake_leader (id),
    constraint intake_engagement_political_sponsor_fk foreign key (political_sponsor_id) references intake_leader (id),
    constraint intake_engagement_managerial_sponsor_fk foreign key (managerial_sponsor_id) references intake_leader (id),
    constraint intake_engagement_stage_ck check (stage in
        ('FIRST_CONTACT', 'INTAKE', 'DIAGNOSTIC', 'INTERVENTION', 'EVALUATION', 'LEGACY_REVIEW')),
    constraint intake_engagement_status_ck check (status in ('OPEN', 'REFERRED_ELSEWHERE', 'AGREED', 'WITHDRAWN')),
    constraint intake_engagement_fit_recommendation_ck check (fit_recommendation in ('ACCEPT', 'REFER_ELSEWHERE')),
    constraint intake_engagement_fit_decision_ck check (fit_decision in ('ACCEPT', 'REFER_ELSEWHERE')),
    constraint intake_engagement_enabler_days_ck check (agreement_enabler_days > 0),
    constraint intake_engagement_budget_ck check (agreement_budget >= 0)
);

-- "Open engagements of this place" (the first-contact check).
create index intake_engagement_place_status_ix on intake_engagement (place_id, status);
-- Every engagement a leader took part in, as contact or sponsor.
create index intake_engagement_contact_ix on intake_engagement (contact_leader_id);
create index intake_engagement_political_sponsor_ix on intake_engagement (political_sponsor_id);
create index intake_engagement_managerial_sponsor_ix on intake_engagement (managerial_sponsor_id);

create table intake_engagement_organisation (
    engagement_id    varchar(36) not null,
    organisation_id  varchar(36) not null,
    -- The order in which they were listed at first contact.
    list_index       integer     not null,
    constraint intake_engagement_organisation_pk primary key (engagement_id, organisation_id),
    constraint intake_engagement_organisation_engagement_fk foreign key (engagement_id) references intake_engagement (id),
    constraint intake_engagement_organisation_organisation_fk foreign key (organisation_id) references intake_organisation (id)
);

-- Every engagement an organisation took part in.
create index intake_engagement_organisation_organisation_ix on intake_engagement_organisation (organisation_id);

create table intake_engagement_enabler (
    engagement_id  varchar(36)  not null,
    enabler_id     varchar(100) not null,
    constraint intake_engagement_enabler_pk primary key (engagement_id, enabler_id),
    constraint intake_engagement_enabler_engagement_fk foreign key (engagement_id) references intake_engagement (id)
);
