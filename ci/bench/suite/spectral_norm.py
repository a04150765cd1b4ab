"""Spectral norm: the largest singular value of the infinite matrix A(i, j) = 1/((i+j)(i+j+1)/2+i+1),
truncated to N x N, by power iteration on A^T A (float arithmetic, calls in tight loops,
list comprehensions). Prints the norm as the checksum."""

N = 520


def a_entry(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def mul_av(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a_entry(i, j) * v[j]
        out.append(s)
    return out


def mul_atv(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a_entry(j, i) * v[j]
        out.append(s)
    return out


def mul_atav(v, n):
    return mul_atv(mul_av(v, n), n)


def main():
    n = N
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = mul_atav(u, n)
        u = mul_atav(v, n)
    vbv = sum([ue * ve for ue, ve in zip(u, v)])
    vv = sum([ve * ve for ve in v])
    print("spectral norm %.9f" % ((vbv / vv) ** 0.5))


main()
