/* freestanding-start.S -- process entry for the no-libc test program.

   Linux starts a process with %rsp pointing at argc, 16-byte aligned; a C
   function expects to be entered by a call, so call it from here.  */

	.text
	.globl	_start
	.type	_start, @function
_start:
	xorl	%ebp, %ebp		/* outermost frame, for debuggers */
	andq	$-16, %rsp
	call	freestanding_main	/* never returns */
	ud2
	.size	_start, . - _start

	.section .note.GNU-stack, "", @progbits
