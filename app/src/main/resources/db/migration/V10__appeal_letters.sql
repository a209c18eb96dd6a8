-- The appeal letters as the seller edited them, and the contact that signs them.
-- complaint_id has no foreign key so that deleting a complaint is never blocked by its drafts.
create table appeal_contacts (
  organization_id bigint primary key references organizations (id),
  name varchar(200) not null,
  email varchar(320) not null,
  phone varchar(100) default '' not null,
  address varchar(1000) default '' not null,
  updated_at timestamp with time zone not null
);

create table appeal_letters (
  organization_id bigint not null references organizations (id),
  complaint_id bigint not null,
  kind varchar(24) not null,
  body varchar(20000) not null,
  updated_by varchar(320) not null,
  updated_at timestamp with time zone not null,
  primary key (organization_id, complaint_id, kind)
);
