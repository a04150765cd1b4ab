# conformance: full-stderr
# A traceback through three function calls; every failing line is a whole statement (no carets).
def check_record(line):
    fields = line.split(',')
    if len(fields) != 3:
        raise ValueError('expected 3 fields, got %d' % len(fields))

def load(lines):
    records = []
    for line in lines:
        check_record(line)
        records.append(line.split(','))
    return records

def main():
    print('loading')
    load(['a,b,c', 'd,e'])

main()
