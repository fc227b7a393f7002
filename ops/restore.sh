#!/usr/bin/env bash
# Restores a backup made by ops/backup.sh into an EMPTY database and attachments folder. Start the
# application on them afterwards: dossiers continue exactly where they were when the backup was taken.
#
# usage: ops/restore.sh <backup-directory>
# environment: as for ops/backup.sh (DB_NAME names the empty database to fill)
set -euo pipefail
source=${1:?usage: ops/restore.sh <backup-directory>}
bin=${MARIADB_BIN:-/usr/bin}
MYSQL_PWD="$DB_PASSWORD" "$bin/mariadb" ${MARIADB_CLIENT_OPTS:-} -h "$DB_HOST" -P "${DB_PORT:-3306}" \
    -u "$DB_USER" --default-character-set=utf8mb4 "$DB_NAME" < "$source/database.sql"
mkdir -p "$ATTACHMENTS_DIR"
tar -C "$ATTACHMENTS_DIR" -xzf "$source/attachments.tar.gz"
echo "Restored $source into $DB_NAME and $ATTACHMENTS_DIR"
