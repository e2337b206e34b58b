## doc: the Texinfo manual and the libmem(3) manual page.

info_TEXINFOS = doc/minikernel.texi
# The page carries the version from configure (doc/libmem.3.in).
man3_MANS = doc/libmem.3
EXTRA_DIST += doc/libmem.3.in
DISTCLEANFILES += doc/libmem.3
