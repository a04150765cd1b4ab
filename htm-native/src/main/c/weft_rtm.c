/*
 * The RTM shim (see weft_rtm.h for the contract and the status words). Built by htm-native's
 * Maven build: gcc -O2 -mrtm -fPIC -shared -Wall -Werror, into the jar as
 * native/linux-x86_64/libweftrtm.so. Its one rule: no RTM instruction runs unless the usable
 * flag is set, and only weft_rtm_init sets it, after CPUID listed RTM. On a CPU without RTM,
 * XBEGIN is an invalid opcode and SIGILL takes the whole JVM down.
 */
#include "weft_rtm.h"

#include <cpuid.h>
#include <immintrin.h>

static volatile int32_t usable;

void weft_cpuid(uint32_t leaf, uint32_t subleaf, uint32_t *out) {
    __cpuid_count(leaf, subleaf, out[0], out[1], out[2], out[3]);
}

/* CPUID.(EAX=7,ECX=0): EBX bit 11 = RTM, EDX bit 11 = RTM_ALWAYS_ABORT. */
static int rtm_listed_and_not_forced_abort(void) {
    uint32_t r[4];
    weft_cpuid(0, 0, r);
    if (r[0] < 7) return 0;
    weft_cpuid(7, 0, r);
    return (r[1] & (1u << 11)) && !(r[3] & (1u << 11));
}

uint32_t weft_rtm_init(int32_t trials, int32_t *commits) {
    usable = 0;
    *commits = 0;
    if (!rtm_listed_and_not_forced_abort()) return WEFT_RTM_UNAVAILABLE;
    volatile int64_t sink = 0;
    uint32_t status = WEFT_RTM_UNAVAILABLE;
    for (int32_t i = 0; i < trials; i++) {
        status = _xbegin();
        if (status == _XBEGIN_STARTED) {
            sink++;
            _xend();
            ++*commits;
        }
    }
    usable = *commits > 0;
    return status;
}

void weft_rtm_disable(void) { usable = 0; }

int32_t weft_rtm_usable(void) { return usable; }

uint32_t weft_rtm_begin(void) {
    if (!usable) return WEFT_RTM_UNAVAILABLE;
    return _xbegin();
}

uint32_t weft_rtm_end(void) {
    if (!usable) return WEFT_RTM_UNAVAILABLE;
    if (!_xtest()) return WEFT_RTM_NOT_IN_TRANSACTION;
    _xend();
    return WEFT_RTM_COMMITTED;
}

uint32_t weft_rtm_test(void) {
    if (!usable) return WEFT_RTM_UNAVAILABLE;
    return _xtest() ? 1 : 0;
}

/* XABORT takes its code as an immediate: one case per code, 0..255, generated. */
#define ABORT1(n)   case (n): _xabort(n); break;
#define ABORT4(n)   ABORT1(n) ABORT1((n) + 1) ABORT1((n) + 2) ABORT1((n) + 3)
#define ABORT16(n)  ABORT4(n) ABORT4((n) + 4) ABORT4((n) + 8) ABORT4((n) + 12)
#define ABORT64(n)  ABORT16(n) ABORT16((n) + 16) ABORT16((n) + 32) ABORT16((n) + 48)

uint32_t weft_rtm_abort(uint32_t code) {
    if (!usable) return WEFT_RTM_UNAVAILABLE;
    if (!_xtest()) return WEFT_RTM_NOT_IN_TRANSACTION;
    switch (code & 0xFF) {
        ABORT64(0) ABORT64(64) ABORT64(128) ABORT64(192)
    }
    return WEFT_RTM_NOT_IN_TRANSACTION; /* unreachable: XABORT inside a transaction aborts it */
}

uint32_t weft_rtm_run(void (*fn)(void *), void *arg, int32_t max_retries, int32_t *attempts) {
    *attempts = 0;
    if (!usable) return WEFT_RTM_UNAVAILABLE;
    for (;;) {
        ++*attempts;
        uint32_t status = _xbegin();
        if (status == _XBEGIN_STARTED) {
            fn(arg);
            _xend();
            return WEFT_RTM_COMMITTED;
        }
        int transient = (status & (_XABORT_RETRY | _XABORT_CONFLICT))
                        && !(status & (_XABORT_CAPACITY | _XABORT_EXPLICIT));
        if (!transient || *attempts > max_retries) return status;
    }
}

void weft_payload_increment(void *counter) { ++*(int64_t *) counter; }

void weft_payload_touch(void *args) {
    struct weft_touch_args *t = args;
    for (int64_t i = 0; i < t->length; i += t->stride) t->base[i]++;
    t->counter++;
}

void weft_payload_abort(void *args) {
    struct weft_abort_args *a = args;
    a->counter++;
    weft_rtm_abort(a->code);
}
