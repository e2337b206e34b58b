/* test-cpu-features.c -- lm_cpu_features agrees with the kernel's view of
   the CPU (the "erms" and "fsrm" flags in /proc/cpuinfo), and the tuning
   in force is the one chosen for those features.  */

#include <config.h>

#include <stdio.h>
#include <string.h>

#include "harness.h"

/* Whether the first "flags" line of /proc/cpuinfo lists FLAG; -1 when
   /proc/cpuinfo cannot be read.  */
static int
cpuinfo_has (const char *flag)
{
  FILE *f = fopen ("/proc/cpuinfo", "r");
  if (!f)
    return -1;
  char line[8192];
  int found = -1;
  while (found < 0 && fgets (line, sizeof line, f))
    if (strncmp (line, "flags", 5) == 0)
      {
        found = 0;
        for (char *tok = strtok (strchr (line, ':') + 1, " \n"); tok;
             tok = strtok (NULL, " \n"))
          if (strcmp (tok, flag) == 0)
            found = 1;
      }
  fclose (f);
  return found;
}

int
main (void)
{
  int erms = cpuinfo_has ("erms"), fsrm = cpuinfo_has ("fsrm");
  if (erms < 0)
    {
      puts ("SKIP: no /proc/cpuinfo to compare with");
      return 77;
    }
  unsigned features = lm_cpu_features ();
  printf ("CPU: erms=%d fsrm=%d; libmem sees %#x\n", erms, fsrm, features);
  if (!!(features & LM_CPU_ERMS) != erms)
    test_fail ("ERMS: libmem says %d, /proc/cpuinfo says %d",
               !!(features & LM_CPU_ERMS), erms);
  if (!!(features & LM_CPU_FSRM) != fsrm)
    test_fail ("FSRM: libmem says %d, /proc/cpuinfo says %d",
               !!(features & LM_CPU_FSRM), fsrm);

  struct lm_tuning want = lm_tuning_for (features);
  if (lm_tuning.erms != want.erms || lm_tuning.copy_rep_min != want.copy_rep_min
      || lm_tuning.set_rep_min != want.set_rep_min
      || lm_tuning.move_chunk_min != want.move_chunk_min)
    test_fail ("the tuning in force is not the one chosen for this CPU");
  return test_finish ("CPU feature detection");
}
