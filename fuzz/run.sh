#!/bin/sh
# Run the atheris targets for SECONDS each (default 300), seeded with the bundled samples and
# the regression inputs. Crashes land in fuzz/artifacts/ as crash-<hash>.
set -eu
cd "$(dirname "$0")/.."
SECONDS_EACH="${1:-300}"
PY=.venv/bin/python
mkdir -p fuzz/artifacts fuzz/work/convert fuzz/work/xmlsafe
cp src/tei_coldwar/data/samples/*.txt tests/regressions/* fuzz/work/convert/ 2>/dev/null || true
cp schema/*.sch fuzz/work/xmlsafe/ 2>/dev/null || true
"$PY" fuzz/fuzz_convert.py fuzz/work/convert -max_total_time="$SECONDS_EACH" -max_len=20000 \
    -rss_limit_mb=4096 -artifact_prefix=fuzz/artifacts/ -print_final_stats=1
"$PY" fuzz/fuzz_xmlsafe.py fuzz/work/xmlsafe -max_total_time="$SECONDS_EACH" -max_len=20000 \
    -artifact_prefix=fuzz/artifacts/ -print_final_stats=1
