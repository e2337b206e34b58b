#!/bin/bash
# Unbounded recursion: the guard page turns the overflow into a double fault
# on its own IST stack, with a readable report instead of a reset.
. "$srcdir/tests/kernel-crash.sh" stack 'CPU EXCEPTION 8: #DF double fault' 'kernel stack overflow: the stack ran into its guard page'
