# report-lib.sh -- sourced by the tests of bench/report.py: skip without
# python3, a scratch directory in $work, and fail to count failures.
set -u
[ -n "${PYTHON3:-}" ] || { echo "SKIP: python3 was not found at configure time"; exit 77; }
report="$srcdir/bench/report.py"
work=$(mktemp -d) || exit 1
trap 'rm -rf "$work"' EXIT
failures=0
fail () { echo "FAIL: $*"; failures=$((failures + 1)); }
