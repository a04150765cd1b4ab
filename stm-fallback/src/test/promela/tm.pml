/*
 * tm.pml: a SPIN model of Weft's hybrid TM protocol (docs/tm-protocol.md).
 *
 * Two objects X (0) and Y (1), each one orec word and one data field.
 * Two software threads (slots 1 and 2) run writer transactions that read both
 * objects and write both to (value read + 1), so committed state always has
 * X.data == Y.data. They take opposite orders (slot 1: X then Y, slot 2: Y
 * then X) so that they can lock in opposite orders. A software transaction
 * that aborted MAXRETRY times in a row runs its next attempt inevitable (the
 * stm.maxRetriesBeforeInevitable backstop); with -DINEV_ANY any attempt may
 * also choose to run inevitable. One hardware thread runs the same
 * transaction in RTM: private copies, an abort flag that any other thread's
 * store to a location in its read or write set sets, and a commit (++G,
 * write-back, orec stamps nextVersion(G, seen) with writer 0) that is one step.
 *
 * The clock is TL2's GV5: a software commit (and an abort's release) publishes
 * at wv = G + 1 without writing G, always validates its read log, and stamps
 * each object nextVersion(wv, old) = max(wv, version(old) + 1) with its own
 * slot as writer. A version is too new if it is above rv and not written last
 * by the reading thread; extension first advances G to that version
 * (Heap.advanceClock, one atomic step: its CAS loop takes effect at one
 * instruction), takes rv' = G, validates, and reads the object again from the
 * top.
 *
 * An abort puts its undo copies back and gives each object it wrote the orec
 * it locked from with the next incarnation (ObjectLayout.afterAbort: one bit
 * here, so the second abort over one orec takes the new-version path at
 * wv = G + 1). Validation compares orecs but for the incarnation (the object
 * holds what it held); a read's check after its load compares the whole word.
 *
 * Atomic steps: only single loads and stores, a CAS, advanceClock, the
 * fetch-and-add of the ticket counter, and the hardware commit. Ghost
 * bookkeeping (busy, committed, ninev, the HTM's read/write sets) is folded
 * into the real step it belongs to.
 *
 * Running alone (Alone.java): at each attempt's begin, with its inTransaction
 * flag set, a software thread reads the alone word; if it is set, it waits
 * (flag still set) until it is clear and does not claim; else it may claim
 * it (CAS 0 -> me) and then reads the other thread's flag, giving the word
 * back if that is set. A transaction that runs alone reads data with a plain
 * load: no orec, no log. It clears the word when it ends, after its locks are
 * released and the token given back, before it clears its flag. The hardware
 * transaction reads the alone word first and aborts if it is set (a claim's
 * store into its read set aborts it later). -DNO_ALONE: no thread runs alone.
 *
 * Checks: (a) opacity: every transaction, committed or not, sees X == Y after
 * its second read; (b) atomicity: whenever no software transaction is running
 * (busy == 0), X == Y == the number of committed transactions, and at the end
 * every orec is unlocked; every release (software commit, abort, hardware
 * commit, and an abort past the last incarnation) asserts that the object's
 * version strictly grows; validation asserts that an entry now locked by me was
 * locked from the orec seen, but for the incarnation (which is why it needs no
 * undo-log lookup); (c) at most one inevitable
 * transaction, and the abort path is never taken by an inevitable one;
 * (f) a transaction that runs alone never meets another transaction's lock;
 * (d) no invalid end states (deadlock); (e) with -DNP and -DSPINWAIT (waits
 * are spin loops), no non-progress cycle under weak fairness (progress labels
 * at every commit).
 *
 * Bug variants (TmModelTest checks that SPIN catches each one):
 *   BUG_ABORT_OLD_VERSION         abort gives back the very orec it locked from, not
 *                                 the next incarnation (ABA) -> (a)
 *   BUG_POSTREAD_SAMEV            read's check after the load leaves the incarnation out
 *                                 (as validation does): an aborting writer's value -> (a)
 *   BUG_NO_POSTREAD_CHECK         read does not re-read the orec after the load -> (a)
 *   BUG_NO_RECHECK_AFTER_EXTEND   read step 4 as first written in the doc: after
 *                                 the extension, log the (orec, value) read before it
 *                                 instead of reading the object again -> (a); needs the
 *                                 hardware thread's ++G (software threads alone verify)
 *   BUG_NO_NEXTVERSION            stamp wv, not max(wv, old + 1) -> the growth assertion
 *                                 (a thread releasing an object twice with G unmoved:
 *                                 abort then commit); with -DNO_VERSION_ASSERT it
 *                                 verifies: the repeated orec is never observable here
 *   BUG_EXEMPT_ANY_WRITER         tooNew exempts every writer, not only me -> (a)
 *   BUG_NO_COMMIT_VALIDATION      commit does not validate the read log: NOT caught by
 *                                 this workload (every writer writes all it reads, so a
 *                                 write-time extension or CAS catches each conflict
 *                                 first); it needs a write-skew workload
 *   BUG_NO_UNDO                   abort does not copy the undo log back -> (a), and
 *                                 with -DNO_OPACITY_ASSERT -> (b)
 *   BUG_INEV_HONOURS_AREQ         the inevitable commits like a writer (status CAS
 *                                 ACTIVE -> COMMITTING) and notices abort requests:
 *                                 a stale request aimed at an earlier attempt of
 *                                 its thread makes it abort -> (c)
 *   BUG_TOKEN_NO_CAS              the token is taken by load + store, not CAS -> (c)
 *   BUG_NO_CM                     on conflict always wait, never abort -> (d), and
 *                                 with -DSPINWAIT a non-progress cycle (e)
 *   BUG_WAIT_IGNORES_AREQ         a transaction waiting for an orec does not notice
 *                                 an abort request -> (d), (e)
 *   BUG_ALONE_NO_SCAN             a claimant runs alone without reading the other
 *                                 thread's flag -> (a) or (f)
 *   BUG_ALONE_NO_WAIT             a newcomer begins while another runs alone -> (a) or (f)
 *   BUG_ALONE_FLAG_LATE           a newcomer reads the alone word before it sets its
 *                                 flag (Dekker's order broken) -> (a) or (f)
 *   BUG_HTM_IGNORES_ALONE         the hardware transaction does not read the alone
 *                                 word -> (a)
 *
 * Other options: NTX, NRO, SPUR, HMAX (below); NO_HTM (no hardware thread);
 * INEV_ANY (any attempt may run inevitable); NO_TOKEN_CHECK (others do not
 * single out the inevitable's locks; still verifies); SPINWAIT (waits are spin loops,
 * for the progress check); NO_VERSION_ASSERT (leave out the growth assertion).
 */

#ifndef NTX
#define NTX 1          /* logical transactions per software thread */
#endif
#ifndef MAXRETRY
#define MAXRETRY 1     /* aborts in a row before the next attempt runs inevitable */
#endif
#ifndef NRO
#define NRO 1          /* then read-only transactions, on slot 2 only */
#endif
#ifndef SPUR
#define SPUR 1         /* spontaneous aborts (forced, or for any other cause) of slot 1 */
#endif
#ifndef HMAX
#define HMAX 1         /* hardware attempts before the hardware thread gives up */
#endif

#define INACTIVE   0
#define ACTIVE     1
#define AREQ       2   /* ABORT_REQUESTED */
#define COMMITTING 3

#define ODD(w)  ((w) % 2 == 1)
#define VER(w)  ((w) / 16)                 /* unlocked: version << 4 | incarnation << 3 | writer << 1 */
#define INC(w)  (((w) / 8) % 2)            /* the incarnation: one bit here (ObjectLayout: four) */
#define WR(w)   (((w) / 2) % 4)            /* the writer's slot (0: none or hardware) */
#define UNL(v, wr)  ((v) * 16 + (wr) * 2)  /* ObjectLayout.unlocked(version, writer) */
/* ObjectLayout.sameVersion: equal but for the incarnation (validation's test) */
#define SAMEV(p, q)  ((p) - 8 * INC(p) == (q) - 8 * INC(q))

/* ObjectLayout.nextVersion(wv, old): max(wv, version(old) + 1), so an orec never repeats */
#ifdef BUG_NO_NEXTVERSION
#define NEXTV(wv, old)  (wv)
#else
#define NEXTV(wv, old)  ((wv) > VER(old) -> (wv) : VER(old) + 1)
#endif

/* TxContext.tooNew: newer than the snapshot, unless this thread wrote it last */
#ifdef BUG_EXEMPT_ANY_WRITER
#define TOONEW(a)  false
#else
#define TOONEW(a)  (VER(a) > rv && WR(a) != me)
#endif

/* every release: the version strictly grows (-DNO_VERSION_ASSERT leaves it out) */
#ifdef NO_VERSION_ASSERT
#define GROWS(nv, old)  skip
#else
#define GROWS(nv, old)  assert((nv) > VER(old))
#endif

byte G;                 /* global version clock */
byte orec[2];           /* even: version << 3 | writer << 1; odd: slot << 1 | 1 */
byte data[2];
byte status[3];         /* per slot 1..2 */
byte ticket[3];
byte nextTicket = 1;
byte token;             /* slot of the inevitable transaction, or 0 */
byte alone;             /* slot of the transaction that runs alone, or 0 */
bool inTx[3];           /* per slot: TxContext.inTransaction */

/* ghosts */
byte busy;              /* software transactions between begin and end */
byte committed;         /* committed transactions (software + hardware) */
byte ninev;             /* inevitable transactions running */

/* the hardware transaction's conflict detection (strong isolation) */
bool hOrecRS[2];        /* orec in its read set */
bool hDataRS[2];        /* data in its read set */
bool hDataWS[2];        /* data in its write set */
bool hAloneRS;          /* the alone word in its read set */
bool hAb;               /* set by any other thread's store into those sets */

/* a store to the alone word: the hardware notices it */
inline st_alone(w) {
  atomic { alone = w; hAb = hAb || hAloneRS }
}

/* a store by a software thread: one instruction; the hardware notices it */
inline st_orec(o, w) {
  atomic { orec[o] = w; hAb = hAb || hOrecRS[o] }
}
inline st_data(o, w) {
  atomic { assert(orec[o] == lw); data[o] = w; hAb = hAb || hDataRS[o] || hDataWS[o] }
}
inline cas_orec(o, old, new, ok) {
  atomic {
    if
    :: orec[o] == old -> orec[o] = new; hAb = hAb || hOrecRS[o]; ok = true
    :: else -> ok = false
    fi
  }
}

/* -DNO_OPACITY_ASSERT leaves (a) out, to show that (b) catches BUG_NO_UNDO on its own */
#ifdef NO_OPACITY_ASSERT
#define OPACITY(c)  skip
#else
#define OPACITY(c)  assert(c)
#endif

/* wait until cond; in the spinning variant each test is one load */
#ifdef SPINWAIT
#define WAIT_UNTIL(cond)  do :: (cond) -> break :: else -> skip od
#else
#define WAIT_UNTIL(cond)  (cond)
#endif

/* does this (software) transaction notice abort requests? */
#ifdef BUG_INEV_HONOURS_AREQ
#define HONOURS_AREQ  true
#else
#define HONOURS_AREQ  (!inev)
#endif

/* validate the read log: every entry's orec still equals what was seen, or is
 * my lockWord (no undo-log lookup: the ghost assertion checks that the lock was
 * taken from exactly the orec seen) */
inline validate() {
  ok = true;
  i = 0;
  do
  :: i == 2 -> break
  :: else ->
     if
     :: rl[i] ->
        b = orec[i];
        if
        :: SAMEV(b, seen[i]) -> skip
        :: b == lw -> assert(ul[i] && SAMEV(uo[i], seen[i]))
        :: else -> ok = false
        fi
     :: else -> skip
     fi;
     i++
  od;
  i = 0; b = 0
}

/* Heap.advanceClock(version(a)): G = max(G, version(a)) by a CAS loop, which
 * takes effect at its one successful CAS (or at the load that finds G high
 * enough); answers G then, into wv (used as rv' until the extension ends) */
inline ADVANCE(a) {
  atomic {
    if
    :: G < VER(a) -> G = VER(a)
    :: else
    fi;
    wv = G
  }
}

/* release every lock, in lock order, at nextVersion(wv, orec before), writer me */
inline RELEASE() {
  if
  :: ul[o1] -> v = NEXTV(wv, uo[o1]); GROWS(v, uo[o1]); st_orec(o1, UNL(v, me)); v = 0
  :: else
  fi;
  if
  :: ul[1 - o1] -> v = NEXTV(wv, uo[1 - o1]); GROWS(v, uo[1 - o1]); st_orec(1 - o1, UNL(v, me)); v = 0
  :: else
  fi
}

/* ObjectLayout.afterAbort for object x, which this aborting transaction locked from
 * uo[x]: the next incarnation (version and writer stay), or after the last one a new
 * version as a commit's release gives */
inline AFTERABORT(x) {
  if
  :: INC(uo[x]) == 0 -> st_orec(x, uo[x] + 8)
  :: else -> v = NEXTV(wv, uo[x]); GROWS(v, uo[x]); st_orec(x, UNL(v, me)); v = 0
  fi
}

/* an abort's release, in lock order */
inline ABORT_RELEASE() {
  if
  :: ul[o1] -> AFTERABORT(o1)
  :: else
  fi;
  if
  :: ul[1 - o1] -> AFTERABORT(1 - o1)
  :: else
  fi
}

/* forget the attempt's locals (keeps the state vector canonical) */
inline reset() {
  rv = 0; wv = 0; k = 0; o = 0; ok = false; v = 0; a = 0;
  rl[0] = false; rl[1] = false; seen[0] = 0; seen[1] = 0;
  ul[0] = false; ul[1] = false; uo[0] = 0; uo[1] = 0; ud[0] = 0; ud[1] = 0;
  val[0] = 0; val[1] = 0
}

proctype SW(byte me; byte o1; byte nro)
{
  byte lw = 2 * me + 1;     /* lockWord */
  byte myTicket;
  byte rv, a, b, v, o, k, wv, i, owner, ca, co;
  byte n, nretry;
  byte spur = (me == 1 -> SPUR : 0);
  bool inev, ok, waitAfter, ro, solo;
  bool rl[2];  byte seen[2];              /* read log */
  bool ul[2];  byte uo[2]; byte ud[2];    /* undo log (for the inevitable: just what it holds) */
  byte val[2];

next_tx:
  if
  :: n == NTX + nro -> goto done
  :: else
  fi;
  ro = (n >= NTX);                             /* a read-only transaction: reads X and Y */
  atomic { myTicket = nextTicket; ticket[me] = nextTicket; nextTicket++ };  /* once per logical tx */
  nretry = 0;

attempt:
#ifndef BUG_ALONE_FLAG_LATE
  inTx[me] = true;                             /* Collector.enterTransaction */
#endif
  if                                           /* Alone.arrive */
#ifndef BUG_ALONE_NO_WAIT
  :: alone != 0 ->
#ifdef BUG_ALONE_FLAG_LATE
     inTx[me] = true;
#endif
     WAIT_UNTIL(alone == 0)                    /* waits, flag set; then does not claim */
#endif
  :: else ->
#ifdef BUG_ALONE_FLAG_LATE
     inTx[me] = true;
#endif
#ifndef NO_ALONE
     if
     :: atomic { alone == 0 -> alone = me; hAb = hAb || hAloneRS };  /* CAS 0 -> me */
#ifndef BUG_ALONE_NO_SCAN
        if
        :: inTx[3 - me] -> st_alone(0)         /* company: give the word back */
        :: else -> solo = true
        fi
#else
        solo = true
#endif
     :: true                                   /* not this time (backoff, refused) */
     fi
#else
     skip
#endif
  fi;
  if
  :: nretry >= MAXRETRY -> inev = true
  :: else ->
#ifdef INEV_ANY
     if
     :: inev = true
     :: skip
     fi
#else
     skip
#endif
  fi;
  if
  :: inev ->                                   /* take the token by CAS, waiting while held */
#ifdef BUG_TOKEN_NO_CAS
     WAIT_UNTIL(token == 0);
     atomic { token = me; ninev++; assert(ninev <= 1) }
#else
#ifdef SPINWAIT
     do
     :: atomic { token == 0 -> token = me; ninev++; assert(ninev <= 1) }; break
     :: atomic { token != 0 -> skip }
     od
#else
     atomic { token == 0 -> token = me; ninev++; assert(ninev <= 1) }
#endif
#endif
  :: else
  fi;
  rv = G;
  atomic { status[me] = ACTIVE; busy++ };
  k = 0;

ops:                                           /* k: 0,1 read; 2,3 write */
  if
  :: k == 4 || (ro && k == 2) -> goto commit
  :: else
  fi;
  o = ((k % 2 == 0) -> o1 : 1 - o1);
  if                                           /* notice an abort request at a barrier, */
  :: HONOURS_AREQ && status[me] == AREQ -> goto abort
  :: true                                      /* or not: a filtered read does not look */
  fi;
  if                                           /* or abort for any other reason */
  :: !inev && spur > 0 -> spur--; goto abort
  :: true
  fi;
  if
  :: k >= 2 -> goto write
  :: else
  fi;

read:
  if
  :: solo ->                                   /* alone: a plain load */
     assert(!ODD(orec[o]) || orec[o] == lw);   /* (f) */
     v = data[o]; goto readdone
  :: else
  fi;
  a = orec[o];                                 /* 1 */
  if
  :: a == lw -> v = data[o]; goto readdone
  :: ODD(a) && a != lw -> goto conflict                   /* 2 */
  :: else
  fi;
  if
  :: inev -> goto lock                         /* the inevitable locks what it reads */
  :: else
  fi;
  v = data[o];                                 /* 3 */
#ifndef BUG_NO_POSTREAD_CHECK
  b = orec[o];
  if
#ifdef BUG_POSTREAD_SAMEV
  :: !SAMEV(b, a) -> b = 0; v = 0; goto read   /* the incarnation left out: an abort's ABA */
#else
  :: b != a -> b = 0; v = 0; goto read         /* the whole word: the incarnation counts here */
#endif
  :: else -> b = 0
  fi;
#endif
  if                                           /* 4: too new: extend */
  :: TOONEW(a) ->
     ADVANCE(a);                               /* rv' = G = max(G, version(a)) */
     validate();
     if
     :: !ok -> wv = 0; goto abort
     :: else
     fi;
     rv = wv; wv = 0;
#ifndef BUG_NO_RECHECK_AFTER_EXTEND
     v = 0; goto read                          /* then read the object again from the top */
#else
     skip                                      /* log (a, v), read before the extension */
#endif
  :: else
  fi;
  rl[o] = true; seen[o] = a;                   /* 5 */

readdone:
  val[o] = v; v = 0; a = 0;
  if
  :: k == 1 -> OPACITY(val[0] == val[1])       /* (a) opacity */
  :: else
  fi;
  k++;
  goto ops;

write:
  a = orec[o];                                 /* 1 */
  if
  :: a == lw -> goto store
  :: ODD(a) && a != lw -> goto conflict                   /* 2 */
  :: else
  fi;
  if                                           /* 3: too new: extend or abort */
  :: !inev && TOONEW(a) ->
     ADVANCE(a);
     validate();
     if
     :: !ok -> wv = 0; goto abort
     :: else
     fi;
     rv = wv; wv = 0
  :: else
  fi;

lock:                                          /* 4: CAS a -> lockWord */
  cas_orec(o, a, lw, ok);
  if
  :: !ok -> a = 0; goto ops                    /* go to 1 (through the barrier entry) */
  :: else
  fi;
  ul[o] = true; uo[o] = a; a = 0;              /* 5: undo entry */
  if
  :: !inev -> ud[o] = data[o]
  :: else
  fi;
  if
  :: k < 2 -> v = data[o]; goto readdone       /* an inevitable read, now locked */
  :: else
  fi;

store:
  a = 0;
  st_data(o, val[o] + 1);
  k++;
  goto ops;

conflict:                                      /* a is odd: owned by slot a >> 1 */
  assert(!solo);                               /* (f) */
  owner = a / 2;
  if
  :: inev -> goto askwait
  :: else
  fi;
#ifndef NO_TOKEN_CHECK
  if
  :: token == owner -> goto selfabort          /* the inevitable's locks are unbeatable */
  :: else
  fi;
#endif
#ifdef BUG_NO_CM
  goto askwait;
#endif
  if
  :: myTicket < ticket[owner] -> goto askwait  /* older: ask the owner to abort, wait */
  :: else -> goto selfabort                    /* younger: abort, wait, retry */
  fi;

askwait:
#ifndef BUG_NO_CM
  atomic {                                     /* CAS owner.status ACTIVE -> ABORT_REQUESTED */
    if
    :: status[owner] == ACTIVE -> status[owner] = AREQ
    :: else
    fi
  };
#endif
  owner = 0;
#ifdef BUG_WAIT_IGNORES_AREQ
#define WAIT_AREQ  false
#else
#define WAIT_AREQ  (HONOURS_AREQ && status[me] == AREQ)
#endif
#ifdef SPINWAIT
  do
  :: orec[o] != a -> break
  :: WAIT_AREQ -> a = 0; goto abort
  :: else -> skip
  od;
#else
  if
  :: orec[o] != a
  :: WAIT_AREQ -> a = 0; goto abort
  fi;
#endif
  a = 0;
  goto ops;

selfabort:
  owner = 0;
  co = o; ca = a; a = 0; waitAfter = true;
  goto abort;

commit:
  if
  :: HONOURS_AREQ ->                           /* CAS ACTIVE -> COMMITTING */
     atomic {
       if
       :: status[me] == ACTIVE -> status[me] = COMMITTING; ok = true
       :: else -> ok = false
       fi
     };
     if
     :: !ok -> goto abort
     :: else
     fi
  :: else -> status[me] = COMMITTING           /* the inevitable cannot be stopped */
  fi;
  if
  :: !inev && !ul[0] && !ul[1] -> goto ro_done  /* read-only: done */
  :: else
  fi;
  wv = G + 1;                                  /* wv = G + 1, G not advanced (GV5) */
#ifndef BUG_NO_COMMIT_VALIDATION
  if
  :: !inev ->                                  /* always validate (no wv == rv + 1 shortcut) */
     validate();
     if
     :: !ok -> goto abort
     :: else
     fi
  :: else
  fi;
#endif
  RELEASE();
progress_sw:
  atomic { status[me] = INACTIVE; busy--; committed = committed + (ro -> 0 : 1) };
  goto sw_done;
ro_done:
progress_ro:
  atomic { status[me] = INACTIVE; busy-- };
sw_done:
  if
  :: inev -> atomic { token = 0; ninev-- }; inev = false
  :: else
  fi;
  if                                           /* Alone.ended, then the flag */
  :: solo -> st_alone(0); solo = false
  :: else
  fi;
  inTx[me] = false;
  n++;
  goto cleanup;

abort:
  assert(!inev);                               /* (c) the inevitable never aborts */
#ifndef BUG_NO_UNDO
  if                                           /* undo, newest first */
  :: ul[1 - o1] -> st_data(1 - o1, ud[1 - o1])
  :: else
  fi;
  if
  :: ul[o1] -> st_data(o1, ud[o1])
  :: else
  fi;
#endif
  if
  :: ul[0] || ul[1] -> wv = G + 1              /* wv = G + 1 (skipped when nothing to release) */
  :: else
  fi;
#ifdef BUG_ABORT_OLD_VERSION
  if
  :: ul[o1] -> st_orec(o1, uo[o1])
  :: else
  fi;
  if
  :: ul[1 - o1] -> st_orec(1 - o1, uo[1 - o1])
  :: else
  fi;
#else
  ABORT_RELEASE();
#endif
  atomic { status[me] = INACTIVE; busy-- };
  if
  :: solo -> st_alone(0); solo = false
  :: else
  fi;
  inTx[me] = false;
  if
  :: waitAfter ->                              /* before retrying, wait until that orec changes */
     WAIT_UNTIL(orec[co] != ca);
     waitAfter = false; co = 0; ca = 0
  :: else
  fi;
  nretry++;

  reset();
  goto attempt;

cleanup:
  reset();
  goto next_tx;

done:
  skip
}

/* the hardware transaction: reads X, Y; writes both to X + 1 */
proctype HTM()
{
  byte hv[2], nv[2], a, wv, att;

retry:
  if
  :: att == HMAX -> goto hdone                 /* falls back (to software, not modelled here) */
  :: else
  fi;
  atomic {                                     /* XBEGIN */
    hAb = false;
    hOrecRS[0] = false; hOrecRS[1] = false;
    hDataRS[0] = false; hDataRS[1] = false;
    hDataWS[0] = false; hDataWS[1] = false
  };
#ifndef BUG_HTM_IGNORES_ALONE
  /* the alone word: abort while a software transaction runs alone */
  atomic { if :: hAb -> goto habort :: else fi; a = alone; hAloneRS = true;
           if :: a != 0 -> goto habort :: else fi; a = 0 };
#endif
  /* read X */
  atomic { if :: hAb -> goto habort :: else fi; a = orec[0]; hOrecRS[0] = true;
           if :: ODD(a) -> goto habort :: else fi };
  atomic { if :: hAb -> goto habort :: else fi; hv[0] = data[0]; hDataRS[0] = true; a = 0 };
  /* read Y */
  atomic { if :: hAb -> goto habort :: else fi; a = orec[1]; hOrecRS[1] = true;
           if :: ODD(a) -> goto habort :: else fi };
  atomic { if :: hAb -> goto habort :: else fi; hv[1] = data[1]; hDataRS[1] = true; a = 0;
           OPACITY(hv[0] == hv[1]) };           /* (a) opacity in hardware */
  /* write X, Y (private until commit) */
  atomic { if :: hAb -> goto habort :: else fi; a = orec[0]; hOrecRS[0] = true;
           if :: ODD(a) -> goto habort :: else fi;
           a = 0; nv[0] = hv[0] + 1; hDataWS[0] = true };
  atomic { if :: hAb -> goto habort :: else fi; a = orec[1]; hOrecRS[1] = true;
           if :: ODD(a) -> goto habort :: else fi;
           a = 0; nv[1] = hv[1] + 1; hDataWS[1] = true };
  /* commit: wv = ++G; write back; stamp nextVersion(wv, orec seen), writer 0; XEND */
  atomic {
    if :: hAb -> goto habort :: else fi;
    G++; wv = G;
    data[0] = nv[0]; data[1] = nv[1];
    a = NEXTV(wv, orec[0]); GROWS(a, orec[0]); orec[0] = UNL(a, 0);
    a = NEXTV(wv, orec[1]); GROWS(a, orec[1]); orec[1] = UNL(a, 0); a = 0;
    committed++;
    hOrecRS[0] = false; hOrecRS[1] = false;
    hDataRS[0] = false; hDataRS[1] = false;
    hDataWS[0] = false; hDataWS[1] = false; hAloneRS = false;
    hv[0] = 0; hv[1] = 0; nv[0] = 0; nv[1] = 0; wv = 0
  };
progress_htm:
  goto hdone;

habort:
  atomic {
    a = 0; hv[0] = 0; hv[1] = 0; nv[0] = 0; nv[1] = 0;
    hOrecRS[0] = false; hOrecRS[1] = false;
    hDataRS[0] = false; hDataRS[1] = false;
    hDataWS[0] = false; hDataWS[1] = false; hAloneRS = false;
    hAb = false;
    att++
  };
  goto retry;

hdone:
  skip
}

/* (b) whenever no software transaction is between begin and end, the heap is
 * committed state: X == Y == number of committed transactions. (No bound of
 * versions by G: commits publish at G + 1 without advancing G, and
 * nextVersion can go further; what does hold is asserted at each release:
 * the version strictly grows.) */
#define CONSISTENT  (busy != 0 || (data[0] == data[1] && data[0] == committed))
active proctype monitor()
{
end:
  atomic {
    !CONSISTENT -> assert(CONSISTENT)
  }
}

init
{
  atomic {
    run SW(1, 0, 0);
    run SW(2, 1, NRO);
#ifndef NO_HTM
    run HTM()
#endif
  };
  (_nr_pr == 2);                               /* only init and the monitor are left */
  assert(data[0] == data[1] && data[0] == committed);
  assert(!ODD(orec[0]) && !ODD(orec[1]));
  assert(token == 0 && ninev == 0 && busy == 0 && alone == 0)
}
