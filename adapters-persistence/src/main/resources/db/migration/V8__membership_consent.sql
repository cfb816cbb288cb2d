-- Consent to membership (contract §3 v1.1): an account added by someone who neither is it nor owns it is only
-- invited until it accepts. Only 'active' rows make an account a member; everything that asks "workspaces where
-- the caller is a member" filters on status = 'active'. For an invitation, joined_at is when it was made.
alter table workspace_members
    add column status     text not null default 'active' check (status in ('active', 'invited')),
    add column invited_by uuid references accounts (id);
