-- Run once by the postgres image on an empty data volume (docker-entrypoint-initdb.d), as the superuser.
-- The bot creates and migrates its own tables; it needs the extension to exist.
CREATE EXTENSION IF NOT EXISTS vector;
