# Classic list algorithms written by hand: binary search, insertion/merge/quick sort, rotation, dedupe.
def binary_search(items, target):
    lo, hi = 0, len(items) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -(lo + 1)
def insertion_sort(items):
    items = list(items)
    for i in range(1, len(items)):
        key = items[i]
        j = i - 1
        while j >= 0 and items[j] > key:
            items[j + 1] = items[j]
            j -= 1
        items[j + 1] = key
    return items
def merge_sort(items):
    if len(items) <= 1:
        return items
    mid = len(items) // 2
    left, right = merge_sort(items[:mid]), merge_sort(items[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]
def quick_sort(items):
    if len(items) <= 1:
        return items
    pivot = items[len(items) // 2]
    return (quick_sort([x for x in items if x < pivot]) + [x for x in items if x == pivot]
            + quick_sort([x for x in items if x > pivot]))
def rotate(matrix):
    return [list(row) for row in zip(*matrix[::-1])]
data = [(i * 37 + 11) % 101 for i in range(40)]
print(data)
s1, s2, s3 = insertion_sort(data), merge_sort(data), quick_sort(data)
print(s1 == s2 == s3 == sorted(data), s1[:10])
for target in (11, 48, 100, 0, 200):
    print(target, binary_search(s1, target))
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
r = rotate(m)
print(r, rotate(rotate(rotate(r))) == m)
k = 3
lst = list(range(10))
print(lst[k:] + lst[:k], lst[-k:] + lst[:-k])
window_sums = [sum(data[i:i + 5]) for i in range(len(data) - 4)]
print(max(window_sums), window_sums.index(max(window_sums)))
print([x for i, x in enumerate(data) if x not in data[:i]][:12])
