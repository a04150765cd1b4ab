# A tiny stack-machine: an assembler with labels, a bytecode interpreter loop with a dispatch
# table, and programs for primes, factorial and fibonacci. Loop-heavy on purpose.

OPS = ['push', 'load', 'store', 'add', 'sub', 'mul', 'mod', 'div', 'lt', 'eq', 'jmp', 'jz', 'print', 'halt', 'dup', 'pop']
OPCODE = {name: i for i, name in enumerate(OPS)}

class VMError(Exception):
    pass

def assemble(source):
    lines = []
    labels = {}
    for raw in source.strip().split('\n'):
        line = raw.split(';')[0].strip()
        if not line:
            continue
        if line.endswith(':'):
            labels[line[:-1]] = len(lines)
            continue
        lines.append(line.split())
    code = []
    for parts in lines:
        op = parts[0]
        if op not in OPCODE:
            raise VMError('unknown instruction ' + op)
        arg = 0
        if len(parts) > 1:
            arg = labels[parts[1]] if parts[1] in labels else int(parts[1])
        code.append((OPCODE[op], arg))
    return code

def run(code, nvars=8, limit=10 ** 6):
    stack, memory, out = [], [0] * nvars, []
    pc = steps = 0
    while True:
        steps += 1
        if steps > limit:
            raise VMError('step limit exceeded')
        op, arg = code[pc]
        pc += 1
        if op == 0:
            stack.append(arg)
        elif op == 1:
            stack.append(memory[arg])
        elif op == 2:
            memory[arg] = stack.pop()
        elif op <= 9:
            b = stack.pop()
            a = stack.pop()
            if op == 3:
                stack.append(a + b)
            elif op == 4:
                stack.append(a - b)
            elif op == 5:
                stack.append(a * b)
            elif op == 6:
                stack.append(a % b)
            elif op == 7:
                if b == 0:
                    raise VMError('division by zero at %d' % (pc - 1))
                stack.append(a // b)
            elif op == 8:
                stack.append(1 if a < b else 0)
            else:
                stack.append(1 if a == b else 0)
        elif op == 10:
            pc = arg
        elif op == 11:
            if stack.pop() == 0:
                pc = arg
        elif op == 12:
            out.append(stack.pop())
        elif op == 13:
            return out, steps
        elif op == 14:
            stack.append(stack[-1])
        else:
            stack.pop()

PRIMES = '''
    push 2
    store 0          ; n = 2
outer:
    load 0
    push 300
    lt
    jz done
    push 2
    store 1          ; d = 2
inner:
    load 1
    load 1
    mul
    load 0
    push 1
    add
    lt               ; d*d < n+1
    jz prime
    load 0
    load 1
    mod
    jz next          ; divisible
    load 1
    push 1
    add
    store 1
    jmp inner
prime:
    load 0
    print
next:
    load 0
    push 1
    add
    store 0
    jmp outer
done:
    halt
'''
FACT = '''
    push 1
    store 0
    push 1
    store 1
loop:
    load 1
    push 31
    lt
    jz end
    load 0
    load 1
    mul
    dup
    print
    store 0
    load 1
    push 1
    add
    store 1
    jmp loop
end:
    halt
'''
code = assemble(PRIMES)
print(len(code), 'instructions', code[:6])
out, steps = run(code)
print(len(out), 'primes below 300 in', steps, 'steps:', out[:15], out[-3:])
out, steps = run(assemble(FACT))
print(steps, out[-1], out[9], len(str(out[-1])))
try:
    run(assemble('push 1\npush 0\ndiv\nhalt'))
except VMError as e:
    print('VMError:', e)
try:
    run(assemble('top:\njmp top'), limit=5000)
except VMError as e:
    print('VMError:', e)
try:
    assemble('push 1\nfrobnicate\n')
except VMError as e:
    print('VMError:', e)
