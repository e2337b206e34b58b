## libmem: the memory intrinsics, built twice from the same sources.

libmem_sources = \
	libmem/impl.h \
	libmem/small.h \
	libmem/x86_64/cpuid.h \
	libmem/x86_64/string-ops.h \
	libmem/cpu.c \
	libmem/profiles.c \
	libmem/tunables.c \
	libmem/tune.c \
	libmem/copy.c \
	libmem/memcpy.c \
	libmem/memset.c \
	libmem/memcmp.c

include_HEADERS += libmem/libmem.h

if HOSTED
# The hosted build: lm_memcpy and friends.  The convenience library holds
# the objects once; tests link it to reach the internal strategies, and
# libmem.la wraps it for installation.
noinst_LTLIBRARIES += libmem/libmem-core.la
libmem_libmem_core_la_SOURCES = $(libmem_sources)
libmem_libmem_core_la_CFLAGS = $(AM_CFLAGS) $(LIBMEM_CFLAGS)

lib_LTLIBRARIES += libmem/libmem.la
libmem_libmem_la_SOURCES =
libmem_libmem_la_LIBADD = libmem/libmem-core.la
libmem_libmem_la_LDFLAGS = -version-info 0:0:0 -no-undefined

pkgconfig_DATA = libmem/libmem.pc
endif

# The freestanding build: memcpy, memmove, memset and memcmp under their
# standard names, compiled with the kernel's flags.
pkglib_LIBRARIES += libmem/libmem-freestanding.a
libmem_libmem_freestanding_a_SOURCES = $(libmem_sources)
libmem_libmem_freestanding_a_CPPFLAGS = $(AM_CPPFLAGS) -DLM_FREESTANDING
libmem_libmem_freestanding_a_CFLAGS = $(WARN_CFLAGS) $(KERNEL_CFLAGS) $(LIBMEM_CFLAGS)
