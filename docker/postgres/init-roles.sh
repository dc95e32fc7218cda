#!/bin/sh
# Production set-up of the database roles, run once by the postgres image when its volume is
# initialised (docker-entrypoint-initdb.d). Outside Docker, run the same SQL as a superuser.
#   parcours_owner: owns the database and its tables, runs the migrations (DATABASE_OWNER_URL);
#   parcours_app:   what the API and the worker connect as (DATABASE_URL); its rights on the
#                   tables are granted by the migration step, after every migration run.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v db="${POSTGRES_DB:-parcours}" \
  -v owner_password="$PARCOURS_OWNER_PASSWORD" \
  -v app_password="$PARCOURS_APP_PASSWORD" <<'SQL'
CREATE ROLE parcours_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'owner_password';
CREATE ROLE parcours_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD :'app_password';
ALTER DATABASE :"db" OWNER TO parcours_owner;
-- Only these two roles reach the database; nobody creates objects in it but the owner.
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"db" TO parcours_app;
\connect :"db"
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SQL
