-- The map (bpmn/engagement.bpmn) now moves an engagement's stage and status. "Agreed" is no longer a
-- status of its own: an agreed engagement moves on to the next stage, still open, and an engagement
-- whose map has ended is completed.
alter table intake_engagement drop constraint intake_engagement_status_ck;
update intake_engagement set status = 'COMPLETED' where status = 'AGREED';
alter table intake_engagement add constraint intake_engagement_status_ck
    check (status in ('OPEN', 'REFERRED_ELSEWHERE', 'COMPLETED', 'WITHDRAWN'));
