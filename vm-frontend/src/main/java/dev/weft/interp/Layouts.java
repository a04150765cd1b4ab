package dev.weft.interp;

/**
 * Field layouts of the objects the interpreter owns (the containers and numbers declare theirs
 * with their classes). Every field is one word; "int" below means a small-int word.
 *
 * <pre>
 * FUNCTION (mutable)      0 code index (int)  1 globals (dict)  2 __name__ (str)  3 __qualname__ (str)
 *                         4 defaults (tuple or NULL)  5 kwdefaults (dict or NULL)  6 closure (tuple or NULL)
 *                         7 __dict__ (dict or NULL)  8 __module__  9 __doc__
 *                         (fields 0, 1 and 6 are set when the function is made and never written
 *                         again, as in CPython, where __code__ alone is assignable and weft does
 *                         not support that: they are read without a barrier, Mem.getImm)
 * BUILTIN_FUNCTION (imm.) 0 builtin index (int)  1 bound self (or NULL)
 * METHOD (immutable)      0 function  1 self
 * CELL (mutable)          0 contents (NULL when empty)
 * TYPE (mutable)          0 __name__ (str)  1 __bases__ (tuple)  2 __mro__ (tuple)  3 __dict__ (dict)
 *                         4 instance type id (int)  5 __qualname__ (str)
 *                         (fields 1, 2 and 3 are set when the type is made and never written again:
 *                         read without a barrier, Mem.getImm; the dict's contents change, not which dict)
 * instance of a class     0 shape (int, see Shape) then 1.. the attributes in the shape's order;
 *                         or, once it needs one, 0 __dict__ (dict) and the other fields NULL (see Instances)
 * instance of a subclass of a built-in value type (int, float, str, tuple, list, dict, set, frozenset)
 *                         0 __dict__ (dict)  1 the base value, never replaced (see ValueTypes)
 * exception instance      0 __dict__ (dict or NULL)  1 args (tuple)  2 __traceback__  3 __cause__
 *                         4 __context__  5 __suppress_context__ (bool)
 * MODULE (mutable)        0 __name__ (str)  1 __dict__ (dict)
 * GENERATOR (mutable)     0 frame handle (int)  1 state (int: 0 new, 1 running, 2 suspended, 3 done)
 *                         2 __name__  3 __qualname__ (COROUTINE and ASYNC_GENERATOR too)
 * PROPERTY (immutable)    0 fget  1 fset  2 fdel  3 doc
 * STATICMETHOD, CLASSMETHOD (immutable)  0 the function
 * SUPER (immutable)       0 the class after which to search  1 the object (or class) bound
 * TRACEBACK (immutable)   0 next (outer to inner)  1 code index (int)  2 line (int)  3 frame serial (int)
 *                         4 instruction index (int, -1 if none)
 * CODE (immutable)        0 code index (int)
 * </pre>
 *
 * Worked example: {@code def f(a, b=2): ...} at module level makes a FUNCTION whose field 4 is
 * the tuple {@code (2,)} and whose field 0 is the index of f's Code in {@link Vm#code}.
 */
final class Layouts {
    private Layouts() {}

    static final int FN_CODE = 0, FN_GLOBALS = 1, FN_NAME = 2, FN_QUALNAME = 3, FN_DEFAULTS = 4, FN_KWDEFAULTS = 5,
            FN_CLOSURE = 6, FN_DICT = 7, FN_MODULE = 8, FN_DOC = 9, FN_FIELDS = 10;
    static final int BF_INDEX = 0, BF_SELF = 1, BF_FIELDS = 2;
    static final int M_FUNC = 0, M_SELF = 1, M_FIELDS = 2;
    static final int CELL_FIELDS = 1;
    static final int T_NAME = 0, T_BASES = 1, T_MRO = 2, T_DICT = 3, T_ID = 4, T_QUALNAME = 5, T_FIELDS = 6;
    static final int I_DICT = 0, I_VALUE = 1, IV_FIELDS = 2;
    static final int E_DICT = 0, E_ARGS = 1, E_TRACEBACK = 2, E_CAUSE = 3, E_CONTEXT = 4, E_SUPPRESS = 5, E_FIELDS = 6;
    static final int MOD_NAME = 0, MOD_DICT = 1, MOD_FIELDS = 2;
    static final int G_FRAME = 0, G_STATE = 1, G_NAME = 2, G_QUALNAME = 3, G_FIELDS = 4;
    static final int GEN_NEW = 0, GEN_RUNNING = 1, GEN_SUSPENDED = 2, GEN_DONE = 3;
    static final int P_GET = 0, P_SET = 1, P_DEL = 2, P_DOC = 3, P_FIELDS = 4;
    static final int SUPER_TYPE = 0, SUPER_OBJ = 1;
    static final int TB_NEXT = 0, TB_CODE = 1, TB_LINE = 2, TB_FRAME = 3, TB_PC = 4, TB_FIELDS = 5;
}
