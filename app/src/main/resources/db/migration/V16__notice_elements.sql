-- notice: the elements each regime asks for that V12's notices table has no column for, and the
-- listing each notice item identifies as it was when the notice was drafted.
alter table notices add column submitter varchar(16) default 'RIGHTS_OWNER' not null;
alter table notices add column rights_owner varchar(300) default '' not null;
alter table notices add column agent_name varchar(300) default '' not null;
alter table notices add column contact_name varchar(200) default '' not null;
alter table notices add column contact_email varchar(320) default '' not null;
alter table notices add column contact_phone varchar(100) default '' not null;
alter table notices add column contact_address varchar(1000) default '' not null;
alter table notices add column appears_in varchar(100) default '' not null;
alter table notices add column test_buy_orders varchar(2000) default '' not null;
alter table notices add column signature varchar(300) default '' not null;
alter table notices add column good_faith boolean default false not null;
alter table notices add column accurate boolean default false not null;
alter table notice_cases add column listing_id varchar(100) default '' not null;
alter table notice_cases add column url varchar(2000) default '' not null;
