/* entry64.S -- the first 64-bit instructions: segments, stack, kmain.  */

#include "boot.h"

	.code64
	.section .text.boot, "ax"
	.globl	entry64
	.type	entry64, @function
entry64:
	movw	$BOOT_DATA, %ax
	movw	%ax, %ds
	movw	%ax, %es
	movw	%ax, %ss
	xorw	%ax, %ax
	movw	%ax, %fs
	movw	%ax, %gs

	leaq	boot_stack_top(%rip), %rsp
	movl	%ebp, %edi		/* kmain (magic, info): the upper */
	movl	%esi, %esi		/* halves are zero-extended */
	xorl	%ebp, %ebp		/* outermost frame for backtraces */
	call	kmain

	/* kmain does not return; if it ever does, stop here.  */
1:	cli
	hlt
	jmp	1b
	.size	entry64, . - entry64

	.section .note.GNU-stack, "", @progbits
