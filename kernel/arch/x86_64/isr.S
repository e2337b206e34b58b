/* isr.S -- entry stubs for CPU exceptions 0-31.

   Each stub makes the stack look the same whatever the vector (a zero
   where the CPU pushes no error code, then the vector number), and
   jumps to the common path, which saves the general registers and hands
   the whole frame to exception_handler (struct trap_frame *), in
   exceptions.c.  Exceptions are fatal here, so nothing returns.

   Stack alignment: the CPU aligns %rsp to 16 bytes before pushing its
   5-word frame; with error code, vector and 15 registers the total is
   22 words, so %rsp is 16-byte aligned again at the call.  */

	.code64
	.text

/* Vectors for which the CPU pushes an error code itself.  */
#define HAS_ERROR_CODE(v) \
	((v) == 8 || (v) == 10 || (v) == 11 || (v) == 12 || (v) == 13 || \
	 (v) == 14 || (v) == 17 || (v) == 21 || (v) == 29 || (v) == 30)

	.macro	stub_address vector
	.quad	isr_stub_\vector
	.endm

	.macro	stub vector
	.balign	16
isr_stub_\vector:
	.if	HAS_ERROR_CODE(\vector) == 0
	pushq	$0
	.endif
	pushq	$\vector
	jmp	isr_common
	.endm

	.altmacro
	.set	vector, 0
	.rept	32
	stub	%vector
	.set	vector, vector + 1
	.endr

isr_common:
	pushq	%rax
	pushq	%rbx
	pushq	%rcx
	pushq	%rdx
	pushq	%rsi
	pushq	%rdi
	pushq	%rbp
	pushq	%r8
	pushq	%r9
	pushq	%r10
	pushq	%r11
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	cld				/* the C ABI wants DF clear */
	movq	%rsp, %rdi
	call	exception_handler
1:	cli				/* not reached */
	hlt
	jmp	1b

	/* The stubs' addresses, for the IDT.  */
	.section .rodata
	.balign	8
	.globl	isr_stubs
isr_stubs:
	.set	vector, 0
	.rept	32
	stub_address %vector
	.set	vector, vector + 1
	.endr

	.section .note.GNU-stack, "", @progbits
