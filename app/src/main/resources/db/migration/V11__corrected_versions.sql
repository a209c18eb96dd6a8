-- A listing version a seller saved from Clearmark's editor (fix in place), to download and upload
-- to the marketplace; imported and API versions are not.
alter table listing_versions add column corrected boolean default false not null;
