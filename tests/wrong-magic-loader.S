/* wrong-magic-loader.S -- a boot loader that is not Multiboot, for
   kernel-wrong-magic.sh.

   QEMU boots this as a Multiboot 1 kernel with the kernel's flat image
   (minikernel.bin, linked at 1 MiB) as its module.  It copies the module
   to 1 MiB and jumps to the kernel's _start (KERNEL_ENTRY, from nm at
   build time) in 32-bit protected mode, as a Multiboot loader would, but
   with a wrong magic in %eax and a pointer to nothing in %ebx.  */

	.section .multiboot, "a"
	.balign	4
	.long	0x1BADB002
	.long	0
	.long	-0x1BADB002

	.code32
	.text
	.globl	_start
_start:
	cli
	cld
	cmpl	$0, 20(%ebx)		/* mods_count */
	je	1f
	movl	24(%ebx), %eax		/* mods_addr */
	movl	0(%eax), %esi		/* mod_start */
	movl	4(%eax), %ecx		/* mod_end */
	subl	%esi, %ecx
	movl	$0x100000, %edi
	rep movsb
	movl	$0x0BADF00D, %eax
	movl	$0xFFFFF000, %ebx
	movl	$KERNEL_ENTRY, %edx
	jmp	*%edx
1:	hlt				/* no module: nothing to start */
	jmp	1b

	.section .note.GNU-stack, "", @progbits
