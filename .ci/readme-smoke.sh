#!/usr/bin/env bash
# The README as a new user follows it: a fresh venv with the README's first command (no test
# extras), then every command of its table on the bundled releases; any that fails stops CI.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=$(mktemp -d /tmp/kg-readme-venv.XXXXXX)
work=$(mktemp -d /tmp/kg-readme-work.XXXXXX)
trap 'rm -rf "$venv" "$work"' EXIT
export KG_STORE="$work/store"
python3 -m venv "$venv"
"$venv/bin/pip" install -q -e . 2>&1 | grep -v '^WARNING: Location' || true
kg="$venv/bin/kg"
# The README's first line.
"$kg" ingest data/releases && "$kg" viz -o "$work/network.html" && "$kg" export -o "$work/graph.ttl"
# Every other command of its table.
"$kg" query --name meetings-of --param actor=Lajcak >/dev/null
"$kg" query "SELECT (COUNT(*) AS ?n) WHERE { ?i a dip:Interaction }" >/dev/null
"$kg" stats >/dev/null
"$kg" extract data/releases/kz-2019-04-08-osce-lajcak.txt --json-dir "$work/records" 2>/dev/null
"$kg" actor Tileuberdi >/dev/null
"$kg" entities --ambiguous >/dev/null
"$kg" validate >/dev/null 2>&1
"$kg" export -o "$work/graph.jsonld" 2>/dev/null
if [ -f ../shared/eval/score.py ]; then "$kg" eval ../shared/corpus/gold data/releases >/dev/null; fi
# kg serve until it answers, then Ctrl-C (SIGINT, which a background job of this shell would ignore).
"$venv/bin/python" - "$kg" <<'PY'
import signal, subprocess, sys, time, urllib.request
from kg.serve import free_port
port = free_port()
server = subprocess.Popen([sys.argv[1], "serve", "--port", str(port), "--no-viewer"], stderr=subprocess.DEVNULL,
                          preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
try:
    for _ in range(150):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D",
                                        timeout=5) as answer:
                assert b"true" in answer.read()
                break
        except OSError:
            time.sleep(0.2)
    else:
        raise SystemExit("kg serve did not answer")
finally:
    server.send_signal(signal.SIGINT)
    code = server.wait(timeout=30)
if code != 0:
    raise SystemExit(f"kg serve exited {code} on Ctrl-C")
PY
echo "README smoke: every command of the table ran from a plain install"
