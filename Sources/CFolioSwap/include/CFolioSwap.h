#ifndef CFOLIOSWAP_H
#define CFOLIOSWAP_H

/// Exchanges the two paths `first` and `second` in one atomic step: afterwards each name
/// leads to what the other led to. Both must exist, on the same file system.
///
/// Returns 0 on success, or -1 with errno set: EINVAL, ENOSYS or ENOTSUP when the system or
/// the file system cannot exchange, in which case the caller falls back to two renames.
int folio_exchange(const char *first, const char *second);

#endif
