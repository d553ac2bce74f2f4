-- Safe on a live table: short lock timeout, constant default, index built concurrently.
SET lock_timeout = '5s';
ALTER TABLE accounts ADD COLUMN plan text NOT NULL DEFAULT 'free';
CREATE INDEX CONCURRENTLY accounts_plan_idx ON accounts (plan);
