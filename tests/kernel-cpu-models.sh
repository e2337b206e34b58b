#!/bin/bash
# The CPU-model matrix: the quick self-test (every case, under the tuning
# this model's CPUID chose) and the quick benchmark in one boot under QEMU
# CPU models that between them cover no RDTSCP, no ERMS, ERMS without
# FSRM, AMD, Intel and Hygon, the oldest x86_64 models QEMU has, and max.
# Each boot has its time limit and its exit status checked, and the
# benchmark's clock must be the one the model calls for: rdtscp where the
# model has it, else lfence+rdtsc (Intel, and AMD from family 19h) or
# mfence+rdtsc (older AMD).  The forced tunings are the full self-test's
# (kernel-selftest*.sh); they do not change with the model.
#
# KERNEL_CPU_MODELS overrides the list ("model:clock" words, the clock
# optional), and KERNEL_CPU_MODELS=all tries every model this QEMU offers;
# models without long mode must then be refused with the kernel's message.
# (QEMU 7.2's TCG does not emulate FSRM, so no model here has it; the
# host tests and the self-test's forced tunings cover that path.)
. "$srcdir/tests/kernel-lib.sh"
need_qemu

default_models="
  Opteron_G1:mfence+rdtsc
  qemu64:mfence+rdtsc
  Conroe:lfence+rdtsc
  Nehalem:lfence+rdtsc
  Haswell-noTSX:rdtscp
  Icelake-Server:rdtscp
  EPYC-Rome:rdtscp
  EPYC-Milan:rdtscp
  Dhyana:rdtscp
  max:rdtscp
"
models=${KERNEL_CPU_MODELS:-$default_models}
if [ "$models" = all ]; then
  models=$("$QEMU" -cpu help | awk '$1 == "x86" && $2 != "host" { print $2 }')
fi

tried=0 refused=0
for entry in $models; do
  model=${entry%%:*} clock=
  [ "$model" = "$entry" ] || clock=${entry#*:}
  tried=$((tried + 1))
  echo "=== $model"
  # A CPU without long mode halts after its message: stop QEMU there.
  boot --kernel "$kernel_elf32" --cpu "$model" --memory 64M \
    --append "selftest=quick bench=quick qemu-exit" --until "it needs an x86_64 CPU"
  if grep -qF "has no 64-bit long mode" "$serial_log"; then
    # Only a model named on purpose must have long mode.
    if [ "${KERNEL_CPU_MODELS:-}" = all ]; then
      refused=$((refused + 1)); continue
    fi
    fail "$model: the kernel says this model has no long mode"
    continue
  fi
  [ "$status" = "$KERNEL_PASSED" ] ||
    fail "$model: QEMU exit status $status, expected $KERNEL_PASSED (self-test and benchmark pass)"
  grep -qF "SELFTEST PASSED" "$serial_log" || fail "$model: no SELFTEST PASSED"
  grep -qF "libmem, the tuning in force: ok" "$serial_log" ||
    fail "$model: libmem's cases did not pass under the tuning in force"
  ! grep -qF "libmem, register loops only:" "$serial_log" ||
    fail "$model: selftest=quick ran the forced variants as well"
  grep -qF "BENCH-END" "$serial_log" || fail "$model: the benchmark did not finish"
  if [ -n "$clock" ] && ! grep -q "^BENCH-INFO .* clock=$clock " "$serial_log"; then
    fail "$model: the benchmark's clock is not $clock"
  fi
done
echo "$tried CPU models tried, $refused refused for lack of long mode"
finish
