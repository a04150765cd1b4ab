/*
 * growing.pml: a SPIN model of growing reads and detached writes (docs/tm-protocol.md,
 * "Growing reads and detached writes"), the TM side of a list growth that readers of the
 * list need not conflict with.
 *
 * The heap is one list: a header H whose one field names its spine, three chunks C0..C2
 * of one item each, and a count object N holding the size. Spines are immutable and are
 * modelled as constants: S1 = [C0], S2 = [C0, C1] (an extension of S1: the same chunk at
 * every index S1 has), S3 = [C2] (not an extension of either). The list starts as [5]:
 * H = S1, C0 = 5, N = 1. The list invariant, true in every committed state: the size is at
 * most the spine's length, and slot k of the spine is not 0 exactly when k < size.
 *
 * Threads (software transactions of TxContext, simplified where safety does not depend on
 * it: a conflict always aborts the one that meets the lock, a thread gives up after
 * MAXTRY attempts, and every access is one step):
 *   A (slot 1) appends 7: reads H and N ordinarily; when the list is full it grows it, by
 *     writeDetached(H, S2) (committed at once; its own read of H brought up to the new
 *     orec) or, when that is refused, an ordinary write; then writes the item's chunk and
 *     N. With SPUR, it may abort after the growth (the growth must stay, harmlessly).
 *   R (slot 2) reads by index: a growing read of H, then item 0 through that spine, the
 *     size, and item 1 if the spine has it; each item it sees must agree with the size it
 *     sees (opacity). Read-only: it commits without validation, like TxContext.
 *   X (slot 3) clears: writes H = S3 and N = 0, ordinarily (not an extension: a reader of
 *     the old spine must not survive it).
 *
 * Checks: (a) opacity in R; (b) whenever no transaction is running, the list invariant
 * holds and the size is what the committed appends and clears make it (no lost update);
 * (c) no invalid end state. Validation compares a growing entry by value (EXTENDS) when its
 * orec changed, and reads it from the undo copy when the transaction locked H itself.
 *
 * Bug variants (TmModelTest checks that SPIN catches each one):
 *   BUG_GROWING_ACCEPT_ANY   a growing entry whose orec changed is accepted whatever the
 *                            field holds now -> (a): R keeps item 0 of the old spine and
 *                            sees the size X set to 0
 *   BUG_DETACHED_NO_LOCK     writeDetached stores and releases without checking or taking
 *                            the lock -> (b): it writes over X's locked header, whose commit
 *                            or undo then leaves a spine that does not match the size
 */

#ifndef MAXTRY
#define MAXTRY 2
#endif
#ifndef SPUR
#define SPUR 1
#endif

#define H   0
#define C0  1
#define C1  2
#define C2  3
#define N   4
#define NOBJ 5

#define S1 1
#define S2 2
#define S3 3
#define LEN(s)       ((s) == S2 -> 2 : 1)
#define CHUNK(s, k)  ((s) == S3 -> C2 : ((k) == 0 -> C0 : C1))

/* GrowingReads.extendsValue: the same, or an immutable spine with the old one's prefix */
#ifdef BUG_GROWING_ACCEPT_ANY
#define EXTENDS(old, new)  true
#else
#define EXTENDS(old, new)  ((old) == (new) || ((old) == S1 && (new) == S2))
#endif

#define ODD(w)  ((w) % 2 == 1)
#define VER(w)  ((w) / 8)
#define WR(w)   (((w) / 2) % 4)
#define UNL(v, wr)  ((v) * 8 + (wr) * 2)
#define NEXTV(wv, old)  ((wv) > VER(old) -> (wv) : VER(old) + 1)
#define TOONEW(a)  (VER(a) > rv && WR(a) != me)

byte G = 1;
byte orec[NOBJ];
byte data[NOBJ];

/* ghosts */
byte busy;             /* transactions between begin and end */
bool started;          /* the heap is set up */
byte gsize = 1;        /* the size the committed appends and clears make, one after another */

#define INVARIANT  (data[N] <= LEN(data[H]) \
    && ((data[CHUNK(data[H], 0)] != 0) == (0 < data[N])) \
    && (LEN(data[H]) < 2 || ((data[CHUNK(data[H], 1)] != 0) == (1 < data[N]))) \
    && data[N] == gsize)

/* validate the read log and the growing entry (GrowingReads.validate) */
inline validate() {
  ok = true;
  i = 0;
  do
  :: i == NOBJ -> break
  :: else ->
     if
     :: rl[i] ->
        b = orec[i];
        if
        :: b == seen[i] -> skip
        :: b == lw -> assert(ul[i] && uo[i] == seen[i])
        :: else -> ok = false
        fi
     :: else
     fi;
     i++
  od;
  i = 0;
  if
  :: ok && gl ->
     b = orec[H];
     if
     :: b == gseen -> skip
     :: b == lw -> ok = EXTENDS(gval, ud[H])     /* what H held before my lock */
     :: ODD(b) -> ok = false
     :: else ->
        v = data[H];
        if
        :: orec[H] != b -> ok = false
        :: else ->
           ok = EXTENDS(gval, v);
           if
           :: ok -> gseen = b; gval = v
           :: else
           fi
        fi
     fi
  :: else
  fi;
  b = 0; v = 0
}

inline extend(a) {
  atomic {
    if
    :: G < VER(a) -> G = VER(a)
    :: else
    fi;
    wv = G
  };
  validate();
  if
  :: !ok -> goto abort
  :: else
  fi;
  rv = wv; wv = 0
}

/* TxContext.read: out = field of o, logged */
inline read(o, out) {
  do
  :: a = orec[o];
     if
     :: a == lw -> out = data[o]; break
     :: ODD(a) -> goto abort                 /* a conflict: this model aborts the reader */
     :: else
     fi;
     out = data[o];
     if
     :: orec[o] != a -> skip                 /* changed under the load: again */
     :: else ->
        if
        :: TOONEW(a) -> extend(a)            /* then again from the top */
        :: else -> rl[o] = true; seen[o] = a; break
        fi
     fi
  od;
  a = 0
}

/* TxContext.readGrowing of H: the same steps, logged in the growing entry */
inline readGrowing(out) {
  do
  :: a = orec[H];
     if
     :: a == lw -> out = data[H]; break
     :: ODD(a) -> goto abort
     :: else
     fi;
     out = data[H];
     if
     :: orec[H] != a -> skip
     :: else ->
        if
        :: TOONEW(a) -> extend(a)
        :: else -> gl = true; gseen = a; gval = out; break
        fi
     fi
  od;
  a = 0
}

/* TxContext.write */
inline write(o, val) {
  do
  :: a = orec[o];
     if
     :: a == lw -> break
     :: ODD(a) -> goto abort
     :: else
     fi;
     if
     :: TOONEW(a) -> extend(a); a = orec[o]
     :: else
     fi;
     if
     :: ODD(a) -> skip                       /* taken meanwhile: again from the top */
     :: else ->
        atomic {
          if
          :: orec[o] == a -> orec[o] = lw; ok = true
          :: else -> ok = false
          fi
        };
        if
        :: ok -> ul[o] = true; uo[o] = a; ud[o] = data[o]; break
        :: else
        fi
     fi
  od;
  a = 0;
  assert(orec[o] == lw);
  data[o] = val
}

/* TxContext.writeDetached(H, val), or the ordinary write when it is refused */
inline growTo(val) {
  a = orec[H];
#ifdef BUG_DETACHED_NO_LOCK
  data[H] = val;
  wv = G + 1;
  b = UNL(NEXTV(wv, a), me);
  orec[H] = b;
  if
  :: rl[H] -> seen[H] = b
  :: else
  fi;
  b = 0; wv = 0; a = 0;
#else
  if
  :: ODD(a) || TOONEW(a) || (rl[H] && seen[H] != a) -> a = 0; write(H, val)
  :: else ->
     atomic {
       if
       :: orec[H] == a -> orec[H] = lw; ok = true
       :: else -> ok = false
       fi
     };
     if
     :: !ok -> a = 0; write(H, val)
     :: else ->
        data[H] = val;
        wv = G + 1;
        b = UNL(NEXTV(wv, a), me);
        orec[H] = b;                         /* released: committed */
        if
        :: rl[H] -> seen[H] = b              /* my own read of H stays valid */
        :: else
        fi;
        b = 0; wv = 0; a = 0
     fi
  fi
#endif
}

/* commit (read-only: no validation) and abort, then the release of every lock */
inline release() {
  i = 0;
  do
  :: i == NOBJ -> break
  :: else ->
     if
     :: ul[i] -> orec[i] = UNL(NEXTV(wv, uo[i]), me)
     :: else
     fi;
     i++
  od;
  i = 0
}

inline reset() {
  rv = 0; wv = 0; a = 0; b = 0; v = 0; ok = false; i = 0;
  s = 0; n = 0; v0 = 0; v1 = 0;
  gl = false; gseen = 0; gval = 0;
  i = 0;
  do
  :: i == NOBJ -> break
  :: else -> rl[i] = false; seen[i] = 0; ul[i] = false; uo[i] = 0; ud[i] = 0; i++
  od;
  i = 0
}

proctype T(byte me)
{
  byte lw = 2 * me + 1;
  byte rv, wv, a, b, v, i, s, n, v0, v1, tries;
  byte spur = (me == 1 -> SPUR : 0);
  bool ok, gl, wrote;
  byte gseen, gval;
  bool rl[NOBJ]; byte seen[NOBJ];
  bool ul[NOBJ]; byte uo[NOBJ]; byte ud[NOBJ];

attempt:
  if
  :: tries == MAXTRY -> goto done            /* gives up (bounds the model) */
  :: else
  fi;
  tries++;
  atomic { rv = G; busy++ };

  if
  :: me == 1 ->                              /* A: append 7 */
     read(H, s);
     read(N, n);
     if
     :: s == S1 && n == 1 ->
        growTo(S2);
        if
        :: spur > 0 -> spur--; goto abort
        :: true
        fi;
        write(C1, 7);
        write(N, 2)
     :: n < LEN(s) ->
        write(CHUNK(s, n), 7);
        write(N, n + 1)
     :: else -> goto abort                   /* not reached: the list is full only as [5] */
     fi
  :: me == 2 ->                              /* R: read by index */
     readGrowing(s);
     read(CHUNK(s, 0), v0);
     read(N, n);
     assert((v0 != 0) == (n > 0));           /* (a) opacity */
     if
     :: LEN(s) > 1 ->
        read(CHUNK(s, 1), v1);
        assert((v1 != 0) == (n > 1))
     :: else
     fi
  :: me == 3 ->                              /* X: clear */
     write(H, S3);
     write(N, 0)
  fi;

  /* commit */
  i = 0; wrote = false;
  do
  :: i == NOBJ -> break
  :: else -> wrote = wrote || ul[i]; i++
  od;
  i = 0;
  if
  :: !wrote -> goto committed                /* read-only */
  :: else
  fi;
  wv = G + 1;
  validate();
  if
  :: !ok -> goto abort
  :: else
  fi;
  atomic {
    release();
    busy--;
    if
    :: me == 1 -> gsize++
    :: me == 3 -> gsize = 0
    :: else
    fi
  };
  goto done;

committed:
  atomic { busy-- };
  goto done;

abort:
  i = 0;
  do
  :: i == NOBJ -> break
  :: else ->
     if
     :: ul[i] -> data[i] = ud[i]
     :: else
     fi;
     i++
  od;
  i = 0;
  wv = G + 1;
  atomic { release(); busy-- };
  reset();
  goto attempt;

done:
  reset()
}

/* (b) whenever no transaction runs, the heap is a committed state of the list */
active proctype monitor()
{
end:
  atomic {
    started && busy == 0 && !INVARIANT -> assert(INVARIANT)
  }
}

init
{
  atomic {
    orec[H] = UNL(1, 0); orec[C0] = UNL(1, 0); orec[C1] = UNL(1, 0);
    orec[C2] = UNL(1, 0); orec[N] = UNL(1, 0);
    data[H] = S1; data[C0] = 5; data[N] = 1;
    started = true;
    run T(1);
    run T(2);
    run T(3)
  };
  (_nr_pr == 2);
  assert(INVARIANT);
  assert(!ODD(orec[H]) && !ODD(orec[C0]) && !ODD(orec[C1]) && !ODD(orec[C2]) && !ODD(orec[N]))
}
