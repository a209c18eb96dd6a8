-- Each listing records the registry version its current screening holds for, so that a re-screen
-- cut short by a crash picks up the listings still behind and the registry can say how many are.
-- Plain SQL that runs unchanged on H2 2.x and PostgreSQL 13+.

alter table listings add column registry_version bigint default 0 not null;

update listings set registry_version = (
  select v.registry_version from listing_versions v
  where v.listing_id = listings.id and v.version = listings.current_version);

create index listings_org_registry on listings (organization_id, registry_version);
