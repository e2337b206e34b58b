/* boot.h -- constants shared by the boot assembly files.  */

#ifndef KERNEL_ARCH_X86_64_BOOT_H
#define KERNEL_ARCH_X86_64_BOOT_H

#define BOOT_STACK_SIZE		16384

#define BOOT_CODE64		0x08	/* selectors in boot_gdt */
#define BOOT_DATA		0x10

#define CR0_WP			(1 << 16)
#define CR0_NW			(1 << 29)
#define CR0_CD			(1 << 30)
#define CR0_PG			(1 << 31)
#define CR4_PAE			(1 << 5)
#define MSR_EFER		0xC0000080
#define EFER_LME		(1 << 8)
#define EFLAGS_ID		(1 << 21)

#define CPUID_EXT_BASE		0x80000000
#define CPUID_EXT_FEATURES	0x80000001
#define CPUID_EXT_LM		(1 << 29)

#define PTE_PRESENT_RW		0x003
#define PTE_HUGE		0x080

#define COM1			0x3F8
#define VGA_TEXT		0xB8000

#endif /* KERNEL_ARCH_X86_64_BOOT_H */
