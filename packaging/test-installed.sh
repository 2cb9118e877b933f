#!/usr/bin/env bash
# Builds the .deb, installs it into a scratch root (dpkg -x), and runs the INSTALLED app the way a student would:
# fresh HOME, under Xvfb, first launch to the first article (samples imported), a screenshot, Quit from the
# keyboard, a clean exit; a second launch (class-data archive now in the user's cache) for the warm figure; then a
# lesson pack opened through the desktop entry's Exec line (the file association), and the same pack handed to the
# running reader by a second launch. Checks that nothing is written into the install folder.
#
#   packaging/test-installed.sh [--no-build] [OUT_DIR]
#
# Needs: xvfb, libgtk-3-0, imagemagick, xdotool, fakeroot, python3 (Debian:
#   apt-get install -y xvfb libgtk-3-0 imagemagick xdotool fakeroot). Prints the figures; exit 0 when all passed.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=1
if [[ "${1:-}" == "--no-build" ]]; then BUILD=0; shift; fi
OUT="${1:-target/installer-test}"
rm -rf "$OUT"; mkdir -p "$OUT"; OUT="$(cd "$OUT" && pwd)"
if [[ $BUILD == 1 ]]; then mvn -B -q -Pinstaller -DskipTests package; fi
DEB=$(ls target/installer/sourcelight_*_amd64.deb | head -1)
TGZ=$(ls target/installer/sourcelight-*-linux-x64.tar.gz | head -1)
ROOT="$OUT/root"; export HOME="$OUT/home"; mkdir -p "$ROOT" "$HOME"
unset XDG_DATA_HOME XDG_CACHE_HOME XDG_CONFIG_HOME
dpkg -x "$DEB" "$ROOT"
APP="$ROOT/opt/sourcelight"
DESKTOP="$APP/lib/sourcelight-Sourcelight.desktop"
fail() { echo "FAIL: $*" >&2; exit 1; }
[[ -x "$APP/bin/Sourcelight" ]] || fail "no launcher in the package"
grep -q '^Categories=.*Education' "$DESKTOP" || fail "desktop entry has no Education category"
grep -q 'MimeType=application/x-sourcelight-lesson' "$DESKTOP" || fail "desktop entry does not claim .sllesson"
grep -q 'pattern="\*.sllesson"' "$APP/lib/sourcelight-Sourcelight-MimeInfo.xml" || fail "no mime type for .sllesson"
chmod -R a-w "$APP"                                   # the install folder is read-only for students
find "$APP" -type f | sort > "$OUT/install-before.txt"

echo "deb: $(du -h "$DEB" | cut -f1)  tarball: $(du -h "$TGZ" | cut -f1)  runtime: $(du -sh "$APP/lib/runtime" | cut -f1)  installed: $(du -sh "$APP" | cut -f1)"

# a small lesson pack (docs/lesson-pack-format.md): one sample article and one question
LESSON="$OUT/Who speaks.sllesson"
python3 - "$LESSON" <<'PY'
import json, sys, zipfile
text = open("samples/004_998be1bf658dc753.txt", encoding="utf-8").read()
manifest = {"format": "sourcelight-lesson", "schemaVersion": 1, "appVersion": "test",
  "lesson": {"id": "4d6f1c52-0c8e-4a7e-9d7b-test-installed", "title": "Who speaks? (installer test)", "teacherNotes": ""},
  "articles": [{"entry": "articles/1.txt", "title": "Rudaw sample", "meta": {"title": "Rudaw sample"}, "keyItems": []}],
  "questions": [{"text": "Who published this article?", "expectedAnswer": "Rudaw"}]}
with zipfile.ZipFile(sys.argv[1], "w") as z:
    z.writestr("manifest.json", json.dumps(manifest))
    z.writestr("articles/1.txt", text)
PY

# Java takes user.home from the password database, not $HOME: point it at the fresh home
export JAVA_TOOL_OPTIONS="-Duser.home=$HOME -Dsourcelight.timing=true -Dprism.order=sw"
# run_app NAME SHOT_MARKER -- ARGS...: starts the app, waits for the marker on stderr, screenshot, Ctrl+Q, exit code
run_app() {
  local name="$1" marker="$2"; shift 2
  local log="$OUT/$name.log"
  "$@" > "$log" 2>&1 &
  local pid=$!
  for _ in $(seq 1 300); do grep -q "$marker" "$log" && break; kill -0 $pid 2>/dev/null || break; sleep 0.1; done
  grep -q "$marker" "$log" || { cat "$log"; fail "$name: never printed '$marker'"; }
  sleep 1.5
  import -window root "$OUT/$name.png"
  local wid; wid=$(xdotool search --name "Sourcelight$" | head -1 || true)
  [[ -n "$wid" ]] && xdotool windowfocus --sync "$wid" key --clearmodifiers ctrl+q || true
  for _ in $(seq 1 100); do kill -0 $pid 2>/dev/null || break; sleep 0.1; done
  if kill -0 $pid 2>/dev/null; then kill $pid; fail "$name: did not quit on Ctrl+Q"; fi
  wait $pid || fail "$name: exit code $?"
  grep -o "first article shown [0-9]* ms" "$log" | head -1 | sed "s/^/$name: /" || true
}

# a private X display for the whole test
for n in $(seq 90 140); do [[ -e /tmp/.X$n-lock ]] || { DISPLAY_NUM=$n; break; }; done
Xvfb ":$DISPLAY_NUM" -screen 0 1280x800x24 -nolisten tcp > "$OUT/xvfb.log" 2>&1 &
XVFB=$!
trap 'kill $XVFB 2>/dev/null || true; chmod -R u+w "$APP" 2>/dev/null || true' EXIT
export DISPLAY=":$DISPLAY_NUM"
for _ in $(seq 1 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
(
  run_app first-launch "first article shown" "$APP/bin/Sourcelight"
  run_app second-launch "first article shown" "$APP/bin/Sourcelight"
  # the file association: the desktop entry's Exec line with %F replaced by the lesson pack
  EXEC=$(grep "^Exec=" "$DESKTOP" | head -1 | cut -d= -f2- | sed "s|/opt/sourcelight|$APP|")
  CMD=${EXEC/\%F/}; CMD=${CMD/\%f/}; CMD=${CMD/\%U/}; CMD=${CMD/\%u/}
  run_app open-lesson "lesson opened" $CMD "$LESSON"
  # a second launch hands the lesson to the running reader and ends at once
  log="$OUT/handoff.log"; "$APP/bin/Sourcelight" > "$log" 2>&1 & pid=$!
  for _ in $(seq 1 300); do grep -q "first article shown" "$log" && break; sleep 0.1; done
  start=$(date +%s%N); "$APP/bin/Sourcelight" "$LESSON" > "$OUT/handoff-second.log" 2>&1; code=$?
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  [[ $code == 0 ]] || fail "second launch exited $code"
  for _ in $(seq 1 100); do grep -q "lesson opened" "$log" && break; sleep 0.1; done
  grep -q "lesson opened" "$log" || fail "the running reader did not open the handed-off lesson"
  echo "handoff: second launch returned in $ms ms, the running reader opened the lesson"
  sleep 1; import -window root "$OUT/handoff.png"
  wid=$(xdotool search --name "Sourcelight$" | head -1 || true); xdotool windowfocus --sync "$wid" key --clearmodifiers ctrl+q || true
  for _ in $(seq 1 100); do kill -0 $pid 2>/dev/null || break; sleep 0.1; done
  if kill -0 $pid 2>/dev/null; then kill $pid; fail "handoff reader did not quit"; fi
  wait $pid || fail "handoff reader exit code $?"
)
find "$APP" -type f | sort > "$OUT/install-after.txt"
diff -q "$OUT/install-before.txt" "$OUT/install-after.txt" >/dev/null || fail "files were written into the install folder"
[[ -f "$HOME/.local/share/sourcelight/library.db" ]] || fail "no library in the user's data folder"
ls "$HOME"/.cache/sourcelight/sourcelight-*.jsa >/dev/null 2>&1 || fail "no class-data archive in the user's cache"
chmod -R u+w "$APP"
echo "PASS: installed app started, imported the samples, quit cleanly, opened a lesson pack; screenshots in $OUT"
