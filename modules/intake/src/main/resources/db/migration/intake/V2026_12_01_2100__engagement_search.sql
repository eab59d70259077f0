-- Finding engagements open or ended (newest first, by status): the list's order and filter are indexed.
create index intake_engagement_opened_ix on intake_engagement (opened_at);
create index intake_engagement_status_opened_ix on intake_engagement (status, opened_at);
