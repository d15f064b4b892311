#!/usr/bin/env bash
# Times lbkit's migration against smbclient and rsync on a generated IceWarp-shaped mail store:
#   1. local -> SMB: lbkit vs smbclient's recursive put (mput), fresh target each time;
#   2. local -> local: lbkit vs rsync -a, fresh target each time;
#   3. no-change re-run: lbkit vs rsync -a, into the targets of step 2;
#   4. peak memory of a local -> local migration of a larger store, with a small heap.
# The runs are interleaved, because the machine may be shared: each ratio is taken within one run
# (lbkit and the other tool back to back), and the table gives the medians over RUNS runs.
# Timings include JVM start; the "in-JVM" column is the migration's own duration.
#
# Usage: bench/migration.sh            (FILES=20000 BIG_FILES=200000 RUNS=3 WORK=/tmp/lbkit-bench)
# Needs: smbd, smbpasswd, smbclient, rsync, python3, /usr/bin/time. Starts its own smbd on a free
# loopback port, records its PID under lb-share/target/lbkit-servers/ and stops it at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
FILES=${FILES:-20000}
BIG_FILES=${BIG_FILES:-200000}
RUNS=${RUNS:-3}
WORK=${WORK:-/tmp/lbkit-bench}
HEAP=${HEAP:-64m}
SMB_USER=lbkitbench

rm -rf "$WORK"
mkdir -p "$WORK"

echo "== building lb-share and its test classpath"
./mvnw -B -q -pl lb-share -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
    dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test >/dev/null
CP="$ROOT/lb-share/target/test-classes:$ROOT/lb-share/target/classes:$(cat "$WORK/cp.txt")"
LBKIT=(java ${JAVA_OPTS:-} -cp "$CP" org.lbkit.share.testing.MigrationMain)

echo "== starting smbd"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
SMB=$WORK/samba
mkdir -p "$SMB"/{private,lock,state,cache,pid,ncalrpc,log,share}
chmod 777 "$SMB/share"
cat >"$SMB/smb.conf" <<CONF
[global]
   server role = standalone server
   interfaces = lo
   bind interfaces only = yes
   smb ports = $PORT
   disable netbios = yes
   server min protocol = SMB2_02
   security = user
   map to guest = never
   passdb backend = tdbsam:$SMB/private/passdb.tdb
   private dir = $SMB/private
   lock directory = $SMB/lock
   state directory = $SMB/state
   cache directory = $SMB/cache
   pid directory = $SMB/pid
   ncalrpc dir = $SMB/ncalrpc
   log file = $SMB/log/log.%m
   load printers = no
   printing = bsd
   printcap name = /dev/null
   disable spoolss = yes
   unix extensions = no
   kernel oplocks = no
[share]
   path = $SMB/share
   read only = no
   valid users = $SMB_USER
   force user = root
CONF
id "$SMB_USER" >/dev/null 2>&1 || useradd -M -s /usr/sbin/nologin "$SMB_USER"
export LBKIT_SMB_PASSWORD="bench-$RANDOM-$RANDOM"
printf '%s\n%s\n' "$LBKIT_SMB_PASSWORD" "$LBKIT_SMB_PASSWORD" | smbpasswd -c "$SMB/smb.conf" -s -a "$SMB_USER" >/dev/null
/usr/sbin/smbd --foreground --debug-stdout -s "$SMB/smb.conf" >"$SMB/log/smbd.stdout" 2>&1 &
SMBD_PID=$!
mkdir -p lb-share/target/lbkit-servers
echo "$SMBD_PID" >lb-share/target/lbkit-servers/bench-samba.pid
stop_smbd() {
    kill -TERM "$SMBD_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$SMBD_PID" 2>/dev/null || break; sleep 0.1; done
    rm -f "$ROOT/lb-share/target/lbkit-servers/bench-samba.pid"
}
trap stop_smbd EXIT
for _ in $(seq 1 100); do (echo >"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break; sleep 0.1; done
printf 'username = %s\npassword = %s\n' "$SMB_USER" "$LBKIT_SMB_PASSWORD" >"$WORK/smbclient.auth"
chmod 600 "$WORK/smbclient.auth"
URL="smb://$SMB_USER@127.0.0.1:$PORT/share"

echo "== generating $FILES files"
python3 bench/generate-mailstore.py "$WORK/src" "$FILES"
echo "   $(du -sh "$WORK/src" | cut -f1) in $(find "$WORK/src" -type d | wc -l) folders"

# timed NAME COMMAND...: runs COMMAND under /usr/bin/time, appends "seconds maxrss_kib" to $WORK/NAME.times.
timed() {
    local name=$1
    shift
    /usr/bin/time -f "%e %M" -o "$WORK/time.tmp" "$@" >"$WORK/$name.out" 2>&1 || {
        echo "   $name failed:"; tail -5 "$WORK/$name.out"; exit 1; }
    cat "$WORK/time.tmp" >>"$WORK/$name.times"
}
median() { sort -n "$WORK/$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
last() { tail -1 "$WORK/$1.times" | cut -d' ' -f1; }
# lbkit NAME ARGS...: times lbkit's migration and records its own duration ("in N s") too.
lbkit() {
    local name=$1
    shift
    timed "$name" "${LBKIT[@]}" "$@"
    grep -o 'in [0-9.]* s' "$WORK/$name.out" | tail -1 | awk '{print $2}' >>"$WORK/$name.injvm"
}
# ratio NAME A B: appends A's last time divided by B's last time to $WORK/NAME.ratio.
ratio() { awk -v a="$(last "$2")" -v b="$(last "$3")" 'BEGIN {printf "%.2f\n", a / b}' >>"$WORK/$1.ratio"; }

for run in $(seq 1 "$RUNS"); do
    echo "== run $run of $RUNS"
    rm -rf "$SMB/share/ours" "$SMB/share/smbclient" "$WORK/lbkit-local" "$WORK/rsync-local"
    lbkit smb-lbkit "$WORK/src" "$URL/ours"
    timed smb-smbclient bash -c "cd '$WORK/src' && smbclient //127.0.0.1/share -p $PORT -A '$WORK/smbclient.auth' \
        -m SMB3 -c 'mkdir smbclient; cd smbclient; prompt OFF; recurse ON; mput *'"
    ratio smb smb-lbkit smb-smbclient
    lbkit local-lbkit "$WORK/src" "$WORK/lbkit-local"
    timed local-rsync rsync -a "$WORK/src/" "$WORK/rsync-local/"
    ratio local local-lbkit local-rsync
    lbkit rerun-lbkit "$WORK/src" "$WORK/lbkit-local"
    timed rerun-rsync rsync -a "$WORK/src/" "$WORK/rsync-local/"
    ratio rerun rerun-lbkit rerun-rsync
    lbkit smb-rerun-lbkit "$WORK/src" "$URL/ours"
done

echo "== checking the copies"
"${LBKIT[@]}" --verify "$WORK/src" "$URL/ours" >/dev/null && echo "   SMB copy matches the source (SHA-256)"
[ "$(find "$SMB/share/smbclient" -type f | wc -l)" -eq "$FILES" ] && echo "   smbclient copied $FILES files"

echo "== peak memory: $BIG_FILES files local -> local with -Xmx$HEAP"
python3 bench/generate-mailstore.py "$WORK/big" "$BIG_FILES" --no-large --max-kib 2
rm -rf "$WORK/big-copy"
/usr/bin/time -f "%e %M" -o "$WORK/big.time" java -Xmx"$HEAP" -cp "$CP" org.lbkit.share.testing.MigrationMain \
    "$WORK/big" "$WORK/big-copy" >"$WORK/big.out" 2>&1
read -r BIG_SECONDS BIG_RSS <"$WORK/big.time"

row() {
    local label=$1 ours=$2 other=$3 name=$4
    echo "| $label | $(median "$ours.times") ($(median "$ours.injvm")) | $(median "$other.times") |" \
        "$(median "$name.ratio") ($(tr '\n' ' ' <"$WORK/$name.ratio" | sed 's/ $//')) |"
}
echo
echo "| $FILES files, medians of $RUNS runs | lbkit s (in-JVM s) | other tool s | lbkit / other (each run) |"
echo "|---|---|---|---|"
row "local -> SMB vs smbclient mput" smb-lbkit smb-smbclient smb
row "local -> local vs rsync -a" local-lbkit local-rsync local
row "no-change re-run vs rsync -a" rerun-lbkit rerun-rsync rerun
echo "| no-change re-run into SMB | $(median smb-rerun-lbkit.times) ($(median smb-rerun-lbkit.injvm)) | - | - |"
echo
echo "Peak memory, $BIG_FILES files local -> local, -Xmx$HEAP: max RSS $((BIG_RSS / 1024)) MiB," \
    "$BIG_SECONDS s, $(tail -1 "$WORK/big.out")"
