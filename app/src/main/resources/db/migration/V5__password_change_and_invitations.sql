-- A password that someone else set (an admin creating the user) is changed at the next sign-in.
alter table users add column must_change_password boolean default false not null;

-- Adding an existing user to an organization is an invitation until that user accepts it, by
-- typing the code shown once to the inviting admin; only the code's SHA-256 (hex) is kept.
create table invitations (
  organization_id bigint not null references organizations (id),
  user_id bigint not null references users (id),
  role varchar(16) not null,
  code_hash varchar(64) not null,
  invited_by bigint references users (id),
  created_at timestamp with time zone not null,
  primary key (organization_id, user_id)
);
create index invitations_user on invitations (user_id);
