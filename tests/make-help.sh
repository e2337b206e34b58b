#!/bin/bash
# make help must not drift from the Makefile: every target it lists has a
# rule, every variable it lists is used, and every "make TARGET" the
# README and the manual show is listed.
set -u
unset MAKEFLAGS MFLAGS MAKELEVEL
failures=0
fail () { echo "FAIL: $*"; failures=$((failures + 1)); }

help=$(${MAKE:-make} -s help) || { echo "FAIL: make help failed"; exit 1; }
echo "$help"
targets=$(echo "$help" | sed -n '/^Targets:/,/^$/s/^  \([^ ]*\) .*/\1/p')
variables=$(echo "$help" | sed -n '/^Variables/,$s/^  \([^ ]*\) .*/\1/p')
[ -n "$targets" ] || fail "make help lists no targets"
[ -n "$variables" ] || fail "make help lists no variables"

for t in $targets; do
  grep -Eq "^([^#:=]* )?$t( [^:=]*)?:" Makefile ||
    fail "make help lists '$t', which has no rule"
done
# A variable is used by the Makefile, or by qemu-run, which make's
# command-line variables reach through the environment.
for v in $variables; do
  grep -Eq "\\\$\($v[:)]" Makefile || grep -q "\\\${$v[:}-]" "$srcdir/kernel/qemu-run" ||
    fail "make help lists '$v', which neither the Makefile nor qemu-run uses"
done
for doc in "$srcdir/README" "$srcdir/doc/minikernel.texi"; do
  for t in $(grep -o 'make [a-z][a-z-]*' "$doc" | sed 's/^make //' | sort -u); do
    echo "$targets" | grep -qx "$t" || fail "${doc##*/} names 'make $t', which make help does not list"
  done
done
[ "$failures" -eq 0 ] || exit 1
echo "make help: $(echo "$targets" | wc -l) targets and $(echo "$variables" | wc -l) variables, all in the Makefile"
