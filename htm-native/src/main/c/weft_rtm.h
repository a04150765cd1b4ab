/*
 * The RTM shim: the only C in Weft. It exists because Java cannot emit XBEGIN/XEND/XABORT/
 * XTEST or CPUID, and because running a native function inside a transaction must happen in
 * native code (a transaction would not survive the JVM's own code between two downcalls).
 * dev.weft.htm.WeftRtm mirrors this header.
 *
 * Status words (uint32_t) are Intel's RTM abort status (see dev.weft.htm.RtmStatus):
 *   0xFFFFFFFF          committed (_XBEGIN_STARTED)
 *   bit 0 EXPLICIT, 1 RETRY, 2 CONFLICT, 3 CAPACITY, 4 DEBUG, 5 NESTED,
 *   bits 24-31 the XABORT code when EXPLICIT; bits 6-23 are reserved, always 0 from hardware.
 * Weft adds two values that hardware can never produce, since they set reserved bits 16-23:
 *   WEFT_RTM_UNAVAILABLE         0x00FF0000  RTM is not usable (the shim ran no RTM instruction)
 *   WEFT_RTM_NOT_IN_TRANSACTION  0x00FE0000  end/abort called outside a transaction (nothing done)
 *
 * Every entry that would execute an RTM instruction first checks the "usable" flag, which only
 * weft_rtm_init sets, and only after CPUID lists RTM and a trial transaction committed.
 */
#ifndef WEFT_RTM_H
#define WEFT_RTM_H

#include <stdint.h>

#define WEFT_RTM_COMMITTED           0xFFFFFFFFu
#define WEFT_RTM_UNAVAILABLE         0x00FF0000u
#define WEFT_RTM_NOT_IN_TRANSACTION  0x00FE0000u

/* CPUID(leaf, subleaf) into out[0..3] = eax, ebx, ecx, edx. Always safe on x86-64. */
void weft_cpuid(uint32_t leaf, uint32_t subleaf, uint32_t *out);

/* Self-test: unless CPUID lists RTM (and not RTM_ALWAYS_ABORT) answers UNAVAILABLE without any
 * RTM instruction. Otherwise runs `trials` empty transactions, stores how many committed in
 * *commits, sets the usable flag iff one did, and answers the last status. */
uint32_t weft_rtm_init(int32_t trials, int32_t *commits);
/* Clears the usable flag (tests use it to exercise the guards on RTM hardware). */
void weft_rtm_disable(void);
/* 1 when the usable flag is set, else 0. */
int32_t weft_rtm_usable(void);

/* XBEGIN: COMMITTED when the transaction started; on abort, returns a second time with the
 * abort status (like setjmp). Meant for compiled code and tests: from Java, use weft_rtm_run. */
uint32_t weft_rtm_begin(void);
/* XEND: COMMITTED, or NOT_IN_TRANSACTION (XEND outside a transaction would fault). */
uint32_t weft_rtm_end(void);
/* XABORT(code), code 0..255: does not return inside a transaction; else NOT_IN_TRANSACTION. */
uint32_t weft_rtm_abort(uint32_t code);
/* XTEST: 1 inside a transaction, 0 outside. */
uint32_t weft_rtm_test(void);

/* Runs fn(arg) inside XBEGIN/XEND. Retries while the abort status has RETRY or CONFLICT and
 * neither CAPACITY nor EXPLICIT, at most max_retries times; *attempts = transactions started.
 * Answers COMMITTED or the last abort status. */
uint32_t weft_rtm_run(void (*fn)(void *), void *arg, int32_t max_retries, int32_t *attempts);

/* Test payloads, so that tests and ci/rtm-check.sh need no assembler. */
struct weft_touch_args { uint8_t *base; int64_t length; int64_t stride; int64_t counter; };
struct weft_abort_args { int64_t counter; uint32_t code; };
void weft_payload_increment(void *counter);  /* ++*(int64_t *) counter */
void weft_payload_touch(void *args);         /* writes base[0, stride, ...< length], then ++counter */
void weft_payload_abort(void *args);         /* ++counter, then weft_rtm_abort(code) */

#endif
