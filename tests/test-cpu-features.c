/* test-cpu-features.c -- lm_cpu_features agrees with the kernel's view of
   the CPU (the "erms" and "fsrm" flags in /proc/cpuinfo), and the tuning
   in force is the profile chosen for this CPU.  */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
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

  struct lm_cpuid_record rec = lm_cpuid_read ();
  struct lm_cpu cpu = lm_cpu_decode (&rec);
  const struct lm_profile *want = lm_profile_for (&cpu);
  char line[512];
  lm_tuning_describe (line, sizeof line);
  printf ("%s\n", line);
  if (lm_profile != want)
    test_fail ("profile %s in force, %s chosen for this CPU",
               lm_profile ? lm_profile->name : "none", want->name);
  struct lm_tuning settled = want->tuning;
  lm_tuning_settle (&settled);
  if (!getenv ("LIBMEM_TUNABLES")
      && memcmp (&lm_tuning, &settled, sizeof lm_tuning) != 0)
    test_fail ("the tuning in force is not the %s profile's", want->name);
  return test_finish ("CPU feature detection");
}
