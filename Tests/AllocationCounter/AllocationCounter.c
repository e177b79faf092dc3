// A counting malloc for the allocation tests, in C because Swift may not
// define a symbol named malloc (the compiler reserves it for its runtime and
// warns that this will become an error).
//
// Linked into the test executable, this definition comes before the C
// library's in the dynamic linker's search order, so every malloc in the
// process, the Swift runtime's heap objects and buffers included, arrives
// here. It counts the call if the calling thread is counting, then allocates
// with glibc's own allocator, __libc_malloc. It must not allocate itself.
#include <stddef.h>
#include "AllocationCounter.h"
#if defined(__linux__)
#include <features.h>  // defines __GLIBC__ when the C library is glibc
#endif

#if defined(__linux__) && defined(__GLIBC__)
extern void *__libc_malloc(size_t size);

// Initial-exec TLS is a fixed offset from the thread pointer: reading it
// never calls __tls_get_addr, which may itself call malloc.
static __thread int counting __attribute__((tls_model("initial-exec")));
static __thread long calls __attribute__((tls_model("initial-exec")));

void *malloc(size_t size) {
  if (counting) calls += 1;
  return __libc_malloc(size);
}

void allocation_counter_start(void) {
  calls = 0;
  counting = 1;
}

long allocation_counter_stop(void) {
  counting = 0;
  return calls;
}
#else
// Elsewhere malloc is not replaced; the tests using this are Linux-only.
void allocation_counter_start(void) {}
long allocation_counter_stop(void) { return 0; }
#endif
