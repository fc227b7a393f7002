# Sourced by the ops scripts that start servers of their own. Every process they start goes into `pids`, and
# all of them are stopped when the script ends, however it ends: newest first, so the application nodes shut
# down cleanly while the database still answers.
#
# A real MariaDB server of their own (Debian's mariadb-server, installed when missing): start_private_mariadb <directory> <port> starts one with its data under <directory>, listening
# on 127.0.0.1:<port> with the settings the README asks for, adds its process to the caller's `pids` array, and
# creates the database `langnghe` with user `langnghe` / password `$PRIVATE_DB_PASSWORD`.
PRIVATE_DB_PASSWORD=hai-may-chu
JAR=target/lang-nghe-0.1.0-SNAPSHOT.jar
pids=()

stop_all() {
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
        kill "${pids[i]}" 2>/dev/null || true
        wait "${pids[i]}" 2>/dev/null || true
    done
}
trap stop_all EXIT
trap 'exit 130' INT TERM

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

start_private_mariadb() {
    local dir=$1 port=$2
    export PATH=$PATH:/usr/sbin
    if ! command -v mariadbd > /dev/null; then
        as_root apt-get update -q
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q mariadb-server
    fi
    local db_user=()
    [ "$(id -u)" -eq 0 ] && db_user=(--user=root)
    mkdir -p "$dir"
    mariadb-install-db --no-defaults "${db_user[@]}" --datadir="$dir/db" --auth-root-authentication-method=normal \
        --skip-test-db > "$dir/mariadb-install.log" 2>&1
    mariadbd --no-defaults "${db_user[@]}" --datadir="$dir/db" --socket="$dir/mariadb.sock" \
        --pid-file="$dir/mariadb.pid" --port="$port" --bind-address=127.0.0.1 --log-error="$dir/mariadb.log" \
        --transaction-isolation=READ-COMMITTED --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
        > "$dir/mariadb-console.log" 2>&1 &
    pids+=($!)
    for _ in $(seq 60); do
        mariadb-admin --no-defaults --socket="$dir/mariadb.sock" -uroot ping > /dev/null 2>&1 && break
        sleep 0.5
    done
    mariadb --no-defaults --socket="$dir/mariadb.sock" -uroot <<SQL
CREATE DATABASE langnghe CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER 'langnghe'@'%' IDENTIFIED BY '$PRIVATE_DB_PASSWORD';
GRANT ALL ON langnghe.* TO 'langnghe'@'%';
SQL
}

# Builds the jar when a source that goes into it changed (Vaadin rewrites frontend/generated and
# src/main/bundles at every build, so those do not count).
build_jar_if_stale() {
    local jar=$1
    if [ ! -f "$jar" ] || [ -n "$(find src/main bpmn frontend pom.xml \( -path frontend/generated -o -path src/main/bundles \) \
            -prune -o -newer "$jar" -print -quit)" ]; then
        ./mvnw -q -B -DskipTests package
    fi
}
