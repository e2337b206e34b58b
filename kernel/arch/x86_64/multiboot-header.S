/* multiboot-header.S -- the headers boot loaders look for.

   Two headers, so one image boots both ways:
   - Multiboot 2, for GRUB ("multiboot2 /boot/minikernel.elf"), which
     loads the ELF64 image itself;
   - Multiboot 1, for QEMU's -kernel loader, which only speaks version 1
     and only loads 32-bit ELF files: the build makes an elf32-i386 copy
     (minikernel.elf32) that carries this same header.
   The linker script puts this section first, well inside the first 8 KiB
   of the file where both specifications require it.  */

#define MB1_MAGIC	0x1BADB002
#define MB1_PAGE_ALIGN	(1 << 0)	/* modules on page boundaries */
#define MB1_MEMORY_INFO	(1 << 1)	/* we want mem_* and the mmap */
#define MB1_FLAGS	(MB1_PAGE_ALIGN | MB1_MEMORY_INFO)

#define MB2_MAGIC	0xE85250D6
#define MB2_ARCH_I386	0		/* 32-bit protected mode entry */
#define MB2_TAG_END	0
#define MB2_TAG_CONSOLE	4
#define MB2_CONSOLE_EGA	(1 << 1)	/* we can drive EGA text mode */

	.section .multiboot, "a"

	.balign 4
mb1_header:
	.long	MB1_MAGIC
	.long	MB1_FLAGS
	.long	-(MB1_MAGIC + MB1_FLAGS)

	.balign 8
mb2_header:
	.long	MB2_MAGIC
	.long	MB2_ARCH_I386
	.long	mb2_header_end - mb2_header
	.long	0x100000000 - (MB2_MAGIC + MB2_ARCH_I386 + (mb2_header_end - mb2_header))

	/* Say we handle EGA text, so GRUB leaves the BIOS text console up.  */
	.balign 8
	.short	MB2_TAG_CONSOLE, 0
	.long	12
	.long	MB2_CONSOLE_EGA

	.balign 8
	.short	MB2_TAG_END, 0
	.long	8
mb2_header_end:

	.section .note.GNU-stack, "", @progbits
