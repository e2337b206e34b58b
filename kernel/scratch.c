/* scratch.c -- find free RAM for the self-test and benchmark buffers.  */

#include <stdint.h>

#include "kernel.h"

/* Clear of the kernel, the boot loader's data and ISA DMA memory.  */
#define SCRATCH_START (UINT64_C (16) << 20)
/* boot32.S identity-maps the first 4 GiB.  */
#define MAPPED_END (UINT64_C (4) << 30)

void *
scratch_memory (const struct boot_info *info, uint64_t size)
{
  for (size_t i = 0; i < info->region_count; i++)
    {
      const struct memory_region *r = &info->regions[i];
      if (r->type != MEMORY_AVAILABLE)
        continue;
      uint64_t start = r->base < SCRATCH_START ? SCRATCH_START : r->base;
      uint64_t end = r->base + r->length;
      if (end > MAPPED_END)
        end = MAPPED_END;
      if (start < end && end - start >= size)
        return (void *) (uintptr_t) start;
    }
  return 0;
}
