package dev.weft.x86;

/**
 * A memory operand: {@code [base + index*scale + disp]} with any part optional, RIP-relative
 * {@code [rip + disp]} or {@code [rip + label]}, and an operand width.
 *
 * <p>The width (8, 16, 32, 64 or 128 bits, or 0 for "unsized") plays the role of Intel
 * syntax's {@code byte ptr} .. {@code xmmword ptr}. An instruction whose size is set by a
 * register operand accepts an unsized operand, or a sized one of the same width; one whose
 * size only the memory operand can give ({@code mov qword ptr [rax], 1}, {@code inc}, {@code
 * movzx}) requires a size. Build the address with {@link #of}, then size it with {@link
 * #withWidth} or use the {@code qwordPtr}/{@code dwordPtr}/{@code wordPtr}/{@code bytePtr}
 * shorthands.
 *
 * <p>Everything that the encoding cannot express fails here, once, not in each instruction:
 * base and index must be 64-bit registers (no 0x67 address-size prefix is ever emitted), rsp
 * cannot be an index (SIB index 100 means "none"), the scale must be 1, 2, 4 or 8. How each
 * form becomes ModRM/SIB bytes is described on {@link Assembler}.
 */
public final class Mem {
    private final int width;
    private final Reg base;
    private final Reg index;
    private final int scale;
    private final int disp;
    private final boolean rip;
    private final Label label;

    private Mem(int width, Reg base, Reg index, int scale, int disp, boolean rip, Label label) {
        this.width = width;
        this.base = base;
        this.index = index;
        this.scale = scale;
        this.disp = disp;
        this.rip = rip;
        this.label = label;
        if (width != 0 && width != 8 && width != 16 && width != 32 && width != 64 && width != 128) {
            throw bad("width " + width + " not in {0, 8, 16, 32, 64, 128}");
        }
        if (base != null && base.width() != 64) {
            throw bad("base register " + base + " must be a 64-bit register");
        }
        if (index != null && index.width() != 64) {
            throw bad("index register " + index + " must be a 64-bit register");
        }
        if (index != null && index.number() == 4) {
            throw bad("rsp cannot be an index register (SIB index 100 means no index)");
        }
        if (scale != 1 && scale != 2 && scale != 4 && scale != 8) {
            throw bad("scale " + scale + " not in {1, 2, 4, 8}");
        }
        if (index == null && scale != 1) {
            throw bad("scale " + scale + " without an index register");
        }
    }

    private AsmException bad(String why) {
        return new AsmException("memory operand " + text() + ": " + why);
    }

    /** {@code [base + disp]}. */
    public static Mem of(Reg base, int disp) {
        return new Mem(0, requireNonNull(base), null, 1, disp, false, null);
    }

    /** {@code [base + index*scale + disp]}. */
    public static Mem of(Reg base, Reg index, int scale, int disp) {
        return new Mem(0, requireNonNull(base), requireNonNull(index), scale, disp, false, null);
    }

    /** {@code [index*scale + disp]} with no base: always a 32-bit displacement. */
    public static Mem indexed(Reg index, int scale, int disp) {
        return new Mem(0, null, requireNonNull(index), scale, disp, false, null);
    }

    /** {@code [disp]}: an absolute address in the low 2 GiB (or top 2 GiB), sign-extended disp32. */
    public static Mem absolute(int address) {
        return new Mem(0, null, null, 1, address, false, null);
    }

    /** {@code [rip + disp]}, relative to the end of the instruction. */
    public static Mem rip(int disp) {
        return new Mem(0, null, null, 1, disp, true, null);
    }

    /** {@code [rip + target]}: the displacement is patched when {@code target} is bound. */
    public static Mem rip(Label target) {
        return new Mem(0, null, null, 1, 0, true, requireNonNull(target));
    }

    public static Mem qwordPtr(Reg base, int disp) {
        return of(base, disp).withWidth(64);
    }

    public static Mem qwordPtr(Reg base, Reg index, int scale, int disp) {
        return of(base, index, scale, disp).withWidth(64);
    }

    public static Mem dwordPtr(Reg base, int disp) {
        return of(base, disp).withWidth(32);
    }

    public static Mem dwordPtr(Reg base, Reg index, int scale, int disp) {
        return of(base, index, scale, disp).withWidth(32);
    }

    public static Mem wordPtr(Reg base, int disp) {
        return of(base, disp).withWidth(16);
    }

    public static Mem wordPtr(Reg base, Reg index, int scale, int disp) {
        return of(base, index, scale, disp).withWidth(16);
    }

    public static Mem bytePtr(Reg base, int disp) {
        return of(base, disp).withWidth(8);
    }

    public static Mem bytePtr(Reg base, Reg index, int scale, int disp) {
        return of(base, index, scale, disp).withWidth(8);
    }

    /** The same address with operand width {@code bits} (0 for unsized). */
    public Mem withWidth(int bits) {
        return new Mem(bits, base, index, scale, disp, rip, label);
    }

    /** The operand width in bits, 0 if unsized. */
    public int width() {
        return width;
    }

    /** The base register, or null (no base, absolute, RIP-relative). */
    public Reg base() {
        return base;
    }

    /** The index register, or null. */
    public Reg index() {
        return index;
    }

    public int scale() {
        return scale;
    }

    public int disp() {
        return disp;
    }

    public boolean isRipRelative() {
        return rip;
    }

    /** The label of a {@code [rip + label]} operand, or null. */
    public Label label() {
        return label;
    }

    private static Reg requireNonNull(Reg r) {
        if (r == null) {
            throw new AsmException("memory operand: register is null");
        }
        return r;
    }

    private static Label requireNonNull(Label l) {
        if (l == null) {
            throw new AsmException("memory operand: label is null");
        }
        return l;
    }

    private String text() {
        StringBuilder sb = new StringBuilder("[");
        if (rip) {
            sb.append("rip");
        }
        if (base != null) {
            sb.append(base);
        }
        if (index != null) {
            sb.append(sb.length() > 1 ? "+" : "").append(index).append('*').append(scale);
        }
        if (label != null) {
            sb.append('+').append(label);
        } else if (sb.length() == 1) {
            sb.append(disp);
        } else if (disp != 0) {
            sb.append(disp < 0 ? "" : "+").append(disp);
        }
        return sb.append(']').toString();
    }

    /** Intel syntax, e.g. {@code qword ptr [r12+rcx*8+16]}. */
    @Override
    public String toString() {
        String size = switch (width) {
            case 8 -> "byte ptr ";
            case 16 -> "word ptr ";
            case 32 -> "dword ptr ";
            case 64 -> "qword ptr ";
            case 128 -> "xmmword ptr ";
            default -> "";
        };
        return size + text();
    }
}
