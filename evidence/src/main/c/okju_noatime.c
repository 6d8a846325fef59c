/*
 * okju-noatime: an LD_PRELOAD library for the forensic tools okju runs on evidence (The Sleuth
 * Kit, libewf's tools). It adds O_NOATIME to every read-only open(2), so that reading a disk image
 * never moves its access time, as okju's own reads never do (ReadOnlyFiles.java). The kernel grants
 * O_NOATIME only to the file's owner or a process with CAP_FOWNER; when it refuses (EPERM) the file
 * is opened as asked, exactly as okju's Java reader falls back.
 *
 * Only read-only opens are touched; nothing else changes. Built by the evidence module's Maven
 * build when a C compiler is present (see evidence/pom.xml); okju runs the tools without it, and
 * says so, when it is not.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

typedef int (*open_fn)(const char *, int, ...);
typedef int (*openat_fn)(int, const char *, int, ...);

static int wants_mode(int flags) {
#ifdef O_TMPFILE
  return (flags & O_CREAT) || ((flags & O_TMPFILE) == O_TMPFILE);
#else
  return flags & O_CREAT;
#endif
}

static int read_only(int flags) {
  return (flags & O_ACCMODE) == O_RDONLY && !(flags & O_NOATIME) && !wants_mode(flags);
}

static int call_open(const char *name, const char *path, int flags, mode_t mode) {
  open_fn real = (open_fn)dlsym(RTLD_NEXT, name);
  if (real == NULL) {
    errno = ENOSYS;
    return -1;
  }
  if (read_only(flags)) {
    int saved = errno;
    int fd = real(path, flags | O_NOATIME);
    if (fd >= 0 || errno != EPERM) {
      return fd;
    }
    errno = saved;
  }
  return wants_mode(flags) ? real(path, flags, mode) : real(path, flags);
}

static int call_openat(const char *name, int dir, const char *path, int flags, mode_t mode) {
  openat_fn real = (openat_fn)dlsym(RTLD_NEXT, name);
  if (real == NULL) {
    errno = ENOSYS;
    return -1;
  }
  if (read_only(flags)) {
    int saved = errno;
    int fd = real(dir, path, flags | O_NOATIME);
    if (fd >= 0 || errno != EPERM) {
      return fd;
    }
    errno = saved;
  }
  return wants_mode(flags) ? real(dir, path, flags, mode) : real(dir, path, flags);
}

#define MODE_ARG(flags, mode)           \
  mode_t mode = 0;                      \
  if (wants_mode(flags)) {              \
    va_list ap;                         \
    va_start(ap, flags);                \
    mode = (mode_t)va_arg(ap, int);     \
    va_end(ap);                         \
  }

int open(const char *path, int flags, ...) {
  MODE_ARG(flags, mode)
  return call_open("open", path, flags, mode);
}

int open64(const char *path, int flags, ...) {
  MODE_ARG(flags, mode)
  return call_open("open64", path, flags, mode);
}

int openat(int dir, const char *path, int flags, ...) {
  MODE_ARG(flags, mode)
  return call_openat("openat", dir, path, flags, mode);
}

int openat64(int dir, const char *path, int flags, ...) {
  MODE_ARG(flags, mode)
  return call_openat("openat64", dir, path, flags, mode);
}

/* _FORTIFY_SOURCE builds call these instead of open(2). */
int __open_2(const char *path, int flags) { return call_open("open", path, flags, 0); }

int __open64_2(const char *path, int flags) { return call_open("open64", path, flags, 0); }

/* fopen(3) opens through glibc's internal open, which LD_PRELOAD cannot reach: open it here. */
static FILE *reopen(const char *path, const char *mode, const char *name) {
  if (mode != NULL && mode[0] == 'r' && strchr(mode, '+') == NULL) {
    int flags = O_RDONLY | (strchr(mode, 'e') != NULL ? O_CLOEXEC : 0);
    int fd = call_open("open", path, flags, 0);
    if (fd < 0) {
      return NULL;
    }
    FILE *f = fdopen(fd, mode);
    if (f == NULL) {
      int saved = errno;
      close(fd);
      errno = saved;
    }
    return f;
  }
  FILE *(*real)(const char *, const char *) =
      (FILE * (*)(const char *, const char *)) dlsym(RTLD_NEXT, name);
  if (real == NULL) {
    errno = ENOSYS;
    return NULL;
  }
  return real(path, mode);
}

FILE *fopen(const char *path, const char *mode) { return reopen(path, mode, "fopen"); }

FILE *fopen64(const char *path, const char *mode) { return reopen(path, mode, "fopen64"); }
