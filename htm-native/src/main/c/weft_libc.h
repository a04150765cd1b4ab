/*
 * The libc calls Weft makes through FFM, and the constants they take: the header that
 * dev.weft.htm.LibC mirrors, written the way jextract would be fed it (jextract is not part
 * of the build; LibC is kept by hand, so a change here is a change there).
 * Constants are glibc's values on Linux x86-64.
 */
#ifndef WEFT_LIBC_H
#define WEFT_LIBC_H

#include <stddef.h>
#include <sys/types.h>

void *mmap(void *addr, size_t length, int prot, int flags, int fd, off_t offset);
int mprotect(void *addr, size_t length, int prot);
int munmap(void *addr, size_t length);
int madvise(void *addr, size_t length, int advice);
long sysconf(int name);

#define PROT_NONE      0x0
#define PROT_READ      0x1
#define PROT_WRITE     0x2
#define PROT_EXEC      0x4

#define MAP_SHARED     0x01
#define MAP_PRIVATE    0x02
#define MAP_ANONYMOUS  0x20
#define MAP_NORESERVE  0x4000
#define MAP_FAILED     ((void *) -1)

#define MADV_NORMAL    0
#define MADV_WILLNEED  3
#define MADV_DONTNEED  4

#define _SC_PAGESIZE               30
#define _SC_LEVEL1_DCACHE_SIZE     188
#define _SC_LEVEL1_DCACHE_LINESIZE 190

#endif
