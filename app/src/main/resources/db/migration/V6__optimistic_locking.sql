-- A listing's review state carries a revision, raised by every write of its review status, so a
-- reviewer's decision is written only if nobody changed that state since the reviewer read it (the
-- review status alone can come back to a value it had, so it cannot tell).
-- Plain SQL that runs unchanged on H2 2.x and PostgreSQL 13+.

alter table listings add column review_revision bigint default 0 not null;

-- One row per organization that has written its catalogue. The service that writes an
-- organization's catalogue holds this row locked (select ... for update) for as long as it writes,
-- so that imports, single-listing updates and re-screens of one organization take turns across
-- every instance of the service, and a lock dies with the connection of an instance that crashes.
create table catalogue_writers (
  organization_id bigint primary key references organizations (id)
);
