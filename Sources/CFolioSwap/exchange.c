// Swift's Glibc module does not declare renameat2 (it needs _GNU_SOURCE), and Darwin names
// the same operation renamex_np: this file gives both one name.
#define _GNU_SOURCE
#include "CFolioSwap.h"

#include <errno.h>
#include <stdio.h>

#if defined(__linux__)
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>
#ifndef RENAME_EXCHANGE
#define RENAME_EXCHANGE (1 << 1)
#endif
#endif

int folio_exchange(const char *first, const char *second) {
#if defined(__APPLE__)
    return renamex_np(first, second, RENAME_SWAP);
#elif defined(__linux__) && defined(SYS_renameat2)
    // The system call itself, so that a C library older than glibc 2.28 still builds.
    return (int)syscall(SYS_renameat2, AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
#else
    (void)first;
    (void)second;
    errno = ENOTSUP;
    return -1;
#endif
}
