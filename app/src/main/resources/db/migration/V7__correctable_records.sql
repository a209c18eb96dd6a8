-- Complaints, suppliers, invoices and authorizations can be corrected after they were recorded.
-- Each carries a revision, raised by every correction, so a correction is written only if nobody
-- changed the record since the person correcting it read it. A complaint also keeps the reply
-- deadline its notice states, when it states one.
-- Plain SQL that runs unchanged on H2 2.x and PostgreSQL 13+.

alter table complaints add column revision bigint default 0 not null;
alter table complaints add column respond_by date;
alter table suppliers add column revision bigint default 0 not null;
alter table invoices add column revision bigint default 0 not null;
alter table authorizations add column revision bigint default 0 not null;

create index complaints_reference on complaints (organization_id, reference);
create index suppliers_name on suppliers (organization_id, name);
