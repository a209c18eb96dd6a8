-- staydown: the marketplace's own id of the removed listing (ASIN, item number), so that the same
-- listing put back under its old id is recognised as a relisting even when its text changed.
alter table fingerprints add column listing_id varchar(100) default '' not null;
