/* boot32.S -- from the boot loader's 32-bit protected mode to 64-bit C.

   Multiboot (1 and 2) enters here in 32-bit protected mode, paging off,
   interrupts off, with the magic in %eax and the boot information's
   physical address in %ebx.  Steps: a stack, .bss cleared, CPUID checked
   for long mode (a CPU without it gets a message on VGA and serial, then
   halts), page tables, PAE, EFER.LME, paging, a 64-bit GDT, and the far
   jump into entry64.S, which calls kmain (magic, info).

   The magic is not judged here: kmain checks it, where a message can say
   more, and reads the boot information only when it is right.

   Memory map set up here (identity mapped, virtual = physical):
     0 - 4 KiB          not present: null-pointer dereferences fault
     4 KiB - 2 MiB      4 KiB pages; the kernel sits at 1 MiB
     stack_guard        not present: a kernel stack overflow faults
     2 MiB - 4 GiB      2 MiB pages, read/write, for RAM and devices  */

#include "boot.h"

	.code32
	.section .text.boot, "ax"
	.globl	_start
	.type	_start, @function
_start:
	cli
	cld
	movl	%eax, %ebp		/* keep the magic and the info */
	movl	%ebx, %esi		/* pointer through the setup */

	/* .bss: boot loaders should zero it, but "should" is not a plan.  */
	movl	$__bss_start, %edi
	movl	$__bss_end, %ecx
	subl	%edi, %ecx
	shrl	$2, %ecx
	xorl	%eax, %eax
	rep stosl

	movl	$boot_stack_top, %esp

	call	require_long_mode
	call	build_page_tables

	movl	%cr4, %eax		/* PAE: 64-bit page table entries */
	orl	$CR4_PAE, %eax
	movl	%eax, %cr4

	movl	$boot_pml4, %eax
	movl	%eax, %cr3

	movl	$MSR_EFER, %ecx		/* long mode enable */
	rdmsr
	orl	$EFER_LME, %eax
	wrmsr

	/* Paging on, which activates long mode.  Caches on too: CR0 comes
	   out of reset with CD and NW set, and not every loader clears
	   them (under KVM an uncached kernel runs ~100x slower).  */
	movl	%cr0, %eax
	andl	$~(CR0_CD | CR0_NW), %eax
	orl	$(CR0_PG | CR0_WP), %eax
	movl	%eax, %cr0

	lgdt	boot_gdt_pointer
	ljmp	$BOOT_CODE64, $entry64
	.size	_start, . - _start

/* Halt with the message at %esi unless CPUID reports long mode.  */
require_long_mode:
	pushfl				/* can EFLAGS.ID be flipped? */
	popl	%eax
	movl	%eax, %ecx
	xorl	$EFLAGS_ID, %eax
	pushl	%eax
	popfl
	pushfl
	popl	%eax
	pushl	%ecx
	popfl
	cmpl	%eax, %ecx
	je	1f

	movl	$CPUID_EXT_BASE, %eax
	cpuid
	cmpl	$CPUID_EXT_FEATURES, %eax
	jb	1f
	movl	$CPUID_EXT_FEATURES, %eax
	cpuid
	testl	$CPUID_EXT_LM, %edx
	jz	1f
	ret
1:	movl	$no_long_mode_msg, %esi
	jmp	boot_fail

/* Fill the boot page tables as the header comment describes.  */
build_page_tables:
	movl	$boot_pdpt + PTE_PRESENT_RW, boot_pml4

	/* PDPT entries 0-3 point at the four page directories.  */
	movl	$boot_pd + PTE_PRESENT_RW, %eax
	xorl	%ecx, %ecx
1:	movl	%eax, boot_pdpt(, %ecx, 8)
	addl	$4096, %eax
	incl	%ecx
	cmpl	$4, %ecx
	jb	1b

	/* 2048 directory entries of 2 MiB pages cover 4 GiB.  */
	movl	$PTE_PRESENT_RW + PTE_HUGE, %eax
	xorl	%ecx, %ecx
	xorl	%edx, %edx		/* high half of the address */
2:	movl	%eax, boot_pd(, %ecx, 8)
	movl	%edx, boot_pd + 4(, %ecx, 8)
	addl	$0x200000, %eax
	adcl	$0, %edx
	incl	%ecx
	cmpl	$2048, %ecx
	jb	2b

	/* The first 2 MiB in 4 KiB pages instead, minus the two holes.  */
	movl	$boot_pt + PTE_PRESENT_RW, boot_pd
	movl	$PTE_PRESENT_RW, %eax
	xorl	%ecx, %ecx
3:	movl	%eax, boot_pt(, %ecx, 8)
	addl	$4096, %eax
	incl	%ecx
	cmpl	$512, %ecx
	jb	3b
	movl	$0, boot_pt
	movl	$stack_guard, %eax
	shrl	$12, %eax
	movl	$0, boot_pt(, %eax, 8)
	ret

/* Print the NUL-terminated message at %esi on the VGA text screen and on
   COM1, then halt for good.  Only 32-bit code and no stack assumptions:
   this runs on CPUs that cannot go further.  */
	.globl	boot_fail
boot_fail:
	/* COM1: 115200 8N1, FIFO on.  */
	movw	$COM1 + 1, %dx		/* interrupts off */
	xorb	%al, %al
	outb	%al, %dx
	movw	$COM1 + 3, %dx		/* DLAB on, divisor 1 */
	movb	$0x80, %al
	outb	%al, %dx
	movw	$COM1, %dx
	movb	$1, %al
	outb	%al, %dx
	movw	$COM1 + 1, %dx
	xorb	%al, %al
	outb	%al, %dx
	movw	$COM1 + 3, %dx		/* 8N1, DLAB off */
	movb	$0x03, %al
	outb	%al, %dx
	movw	$COM1 + 2, %dx		/* FIFO on and cleared */
	movb	$0xC7, %al
	outb	%al, %dx

	movl	$VGA_TEXT, %edi
1:	movb	(%esi), %bl
	testb	%bl, %bl
	jz	3f
	movb	%bl, (%edi)		/* white on red */
	movb	$0x4F, 1(%edi)
	addl	$2, %edi
	movw	$COM1 + 5, %dx		/* wait for room in the transmitter */
2:	inb	%dx, %al
	testb	$0x20, %al
	jz	2b
	movw	$COM1, %dx
	movb	%bl, %al
	outb	%al, %dx
	incl	%esi
	jmp	1b
3:	cli
	hlt
	jmp	3b

	.section .rodata.boot, "a"
no_long_mode_msg:
	.asciz	"minikernel: this CPU has no 64-bit long mode (CPUID 0x80000001 EDX.LM = 0); it needs an x86_64 CPU, e.g. qemu-system-x86_64 -cpu qemu64.\r\n"

	/* The GDT for the jump into long mode; kmain installs its own with
	   a TSS later.  */
	.balign 8
boot_gdt:
	.quad	0				/* null */
	.quad	0x00AF9A000000FFFF		/* 64-bit code, ring 0 */
	.quad	0x00CF92000000FFFF		/* data, ring 0 */
boot_gdt_end:
boot_gdt_pointer:
	.short	boot_gdt_end - boot_gdt - 1
	.long	boot_gdt

	.section .bss.boot, "aw", @nobits
	.balign 4096
boot_pml4:	.skip 4096
boot_pdpt:	.skip 4096
boot_pd:	.skip 4 * 4096
boot_pt:	.skip 4096

	/* The kernel stack, with an unmapped page below it.  */
	.globl	stack_guard, boot_stack_top
stack_guard:	.skip 4096
boot_stack:	.skip BOOT_STACK_SIZE
boot_stack_top:

	.section .note.GNU-stack, "", @progbits
