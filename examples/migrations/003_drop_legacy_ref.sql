-- Risky: deletes data. Needs a reviewer's approval.
SET lock_timeout = '5s';
ALTER TABLE accounts DROP COLUMN legacy_ref;
