## doc: the Texinfo manual and the libmem(3) manual page.

info_TEXINFOS = doc/minikernel.texi
# distcheck builds DVI by default, which needs TeX; make pdf works where
# TeX is installed, but the release check should not depend on it.
AM_DISTCHECK_DVI_TARGET = html
# The page carries the version from configure (doc/libmem.3.in).
man3_MANS = doc/libmem.3
EXTRA_DIST += doc/libmem.3.in doc/measurements.md
DISTCLEANFILES += doc/libmem.3
EXTRA_DIST += doc/bench-memcpy.png doc/bench-memset.png doc/vga-console.png \
	doc/vga-crash.png
