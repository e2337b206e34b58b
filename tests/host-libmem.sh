#!/bin/bash
# In a bare-metal cross build (--host=x86_64-elf) the cross compiler
# cannot build programs for this machine, so the host libmem tests run in
# a nested native build made with the build machine's compiler.
#
# The nested build configures a clean copy of the sources made by make
# distdir (what a release tarball holds), not the source tree itself: a
# source tree configured in place (./configure --host=x86_64-elf in the
# checkout) refuses a second, out-of-tree configuration.
set -u
if [ -z "${CC_FOR_BUILD:-}" ]; then
  echo "SKIP: no compiler for the build machine (set CC_FOR_BUILD and re-run"
  echo "configure) -- the host libmem tests cannot run in this cross build."
  exit 77
fi
# A make run from a test is not a sub-make of the one running the tests:
# it must not try to share that one's jobserver, or it waits forever.
unset MAKEFLAGS MFLAGS MAKELEVEL
make=${MAKE:-make}
src=tests/host-src dir=tests/host-build
rm -rf "$src" "$dir"
echo "host libmem tests: sources copied to $src by make distdir"
$make distdir distdir="$src" > tests/host-distdir.log 2>&1 || {
  tail -n 30 tests/host-distdir.log; echo "FAIL: make distdir failed"; exit 1; }
mkdir -p "$dir" && cd "$dir" || exit 99
echo "host libmem tests: native build with CC=$CC_FOR_BUILD in $dir"
../../"$src"/configure CC="$CC_FOR_BUILD" > configure.log 2>&1 || {
  tail -n 30 configure.log; echo "FAIL: native configure failed"; exit 1; }
$make check-libmem || { echo "FAIL: host libmem tests failed (see $dir)"; exit 1; }
