#!/usr/bin/env bash
# Backs up Làng Nghề: the whole database in one consistent snapshot (the engine's ACT_* tables and the
# domain tables together, so a dossier and its process always match) and then the attachments folder.
#
# usage: ops/backup.sh <backup-directory>
# environment: DB_HOST, DB_PORT (3306), DB_NAME, DB_USER, DB_PASSWORD, ATTACHMENTS_DIR,
#              MARIADB_BIN (directory of mariadb-dump, default /usr/bin), MARIADB_CLIENT_OPTS (e.g. --skip-ssl)
set -euo pipefail
target=${1:?usage: ops/backup.sh <backup-directory>}
bin=${MARIADB_BIN:-/usr/bin}
mkdir -p "$target"
# --single-transaction reads every table at one instant without locking the application out.
MYSQL_PWD="$DB_PASSWORD" "$bin/mariadb-dump" ${MARIADB_CLIENT_OPTS:-} -h "$DB_HOST" -P "${DB_PORT:-3306}" \
    -u "$DB_USER" --single-transaction --routines --triggers --events --hex-blob \
    --default-character-set=utf8mb4 "$DB_NAME" > "$target/database.sql"
tar -C "$ATTACHMENTS_DIR" -czf "$target/attachments.tar.gz" .
echo "Backed up $DB_NAME and $ATTACHMENTS_DIR to $target"
