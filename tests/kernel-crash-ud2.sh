#!/bin/bash
# ud2: an invalid-opcode report with RIP and the registers.
. "$srcdir/tests/kernel-crash.sh" ud2 'CPU EXCEPTION 6: #UD invalid opcode' '  RIP ' '  RAX ' '  R15 ' 'unhandled CPU exception 6'
