-- 0012: the argon2id cost that derived each account's wrapping key, stored
-- with its salt ("m=65536,t=3,p=2"), so keys stay openable when the default
-- cost changes or the data was made by a build with another cost. '' (rows
-- from before) means the cost of the account's password hash, which was the
-- same cost when both were made.
ALTER TABLE account_key ADD COLUMN wrap_cost TEXT NOT NULL DEFAULT '';
